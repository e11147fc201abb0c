package org.offerfacts.reply;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.AttributeType;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.catalog.Rule;
import org.offerfacts.catalog.Term;
import org.offerfacts.catalog.UnitConversion;
import org.offerfacts.extract.NumberReader;

/**
 * Reads a value typed as its attribute from a short answer: "4h", "quatre heures", "H+4",
 * "99,95 %", "1 Gbit/s" (1000 where the unit is Mbit/s), an enum named by the catalog's terms.
 * A number whose written unit does not convert to the attribute's unit ("8 %" for hours) is
 * not its value; a number with a fitting unit beats a bare one.
 */
final class TypedValues {
  /** Clock times, "24/7", "24h/24", "7j/7", version-like "ipv6" and "4g": numbers that are no value. */
  private static final Pattern NOT_VALUES = Pattern.compile(
      "\\d{1,2}[:h]\\d{2}(?!\\d)|\\d{1,2}h?/\\d{1,2}h?|\\d{1,2}j/\\d|[\\p{L}]\\d+|\\d+(?:st|nd|rd|th|er|e|eme)(?![\\p{L}])");
  private static final Pattern H_PLUS = Pattern.compile("(?<![\\p{L}])h\\s?\\+\\s?(?<n>\\d{1,2})(?!\\d)");

  private final Catalog catalog;
  private final NumberReader numbers;
  private final Pattern number;

  TypedValues(Catalog catalog) {
    this.catalog = catalog;
    Map<String, Double> words = catalog.language().numberWords();
    this.numbers = new NumberReader(words);
    String wordAlternation = words.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(w -> Pattern.quote(w).replace("-", "\\E[\\s-]\\Q"))
        .collect(Collectors.joining("|"));
    this.number = Pattern.compile("(?<![\\p{L}\\p{N}.,])(?<n>\\d{1,3}(?:[ \u00A0\u202F]\\d{3})+(?![\\d.,])|\\d+(?:[.,]\\d+)?|"
        + wordAlternation + ")\\s?(?<unit>%|[\\p{L}]+(?:/s)?)?");
  }

  /** The number the folded answer gives for a numeric attribute, typed (Long or Double), or null. */
  Object number(Attribute attribute, String folded) {
    String text = blankOut(folded, NOT_VALUES);
    if ("hours".equals(attribute.unit())) {
      Matcher h = H_PLUS.matcher(text);
      if (h.find()) return typed(attribute, Double.parseDouble(h.group("n")));
    }
    Double bare = null;
    Matcher m = number.matcher(text);
    while (m.find()) {
      Double value = numbers.read(m.group("n"));
      if (value == null) continue;
      String unit = m.group("unit");
      if (unit != null && !"%".equals(unit) && !looksLikeUnit(unit)) unit = null;
      Double factor = factor(attribute, unit);
      if (factor != null && unit != null && !unit.isBlank() && factor > 0) return typed(attribute, value * factor);
      if (factor != null && bare == null && Character.isDigit(m.group("n").charAt(0))) bare = value;
    }
    return bare == null ? null : typed(attribute, bare);
  }

  /** The enum value the folded answer names first, or null. */
  String enumValue(Attribute attribute, String folded) {
    String best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Rule rule : attribute.rules()) {
      if (rule.values() == null) continue;
      for (var e : rule.values().entrySet()) {
        for (String written : e.getValue()) {
          Matcher m = Term.parse(written).pattern().matcher(folded);
          if (m.find() && m.start() < bestAt) {
            bestAt = m.start();
            best = e.getKey();
          }
        }
      }
    }
    for (String id : attribute.enumValues()) {
      Matcher m = Term.parse(id.replace('_', ' ')).pattern().matcher(folded);
      if (m.find() && m.start() < bestAt) {
        bestAt = m.start();
        best = id;
      }
    }
    return best;
  }

  /**
   * How a written unit converts to the attribute's: 1 when none is written or it is the same
   * unit, the catalog's factor when it converts, null when it is another kind of unit.
   */
  private Double factor(Attribute attribute, String written) {
    if (written == null || written.isBlank()) return 1.0;
    String unit = attribute.unit();
    if ("%".equals(written)) return "%".equals(unit) ? 1.0 : null;
    List<UnitConversion> conversions = unit == null ? null : catalog.language().units().get(unit);
    if (conversions != null) {
      for (UnitConversion c : conversions) if (c.match().matcher(written).find()) return c.factor();
    }
    return null;
  }

  /** Short unit-like words ("h", "ms", "mbps", "jours"), not any word that starts with a unit's letter. */
  private static boolean looksLikeUnit(String written) {
    return written.matches("(?:[kmg](?:bits?|b|o)?(?:/s|ps)?|[kmg]bps|h|hr?s?|heures?|hours?|min(?:utes?)?|jours?|days?|semaines?|weeks?|mois|months?|ans?|annees?|years?|euros?|eur|megas?|gigas?|mega\\w*|giga\\w*)");
  }

  private static Object typed(Attribute attribute, double value) {
    if (attribute.type() == AttributeType.INTEGER) return Math.round(value);
    return Math.round(value * 1000) / 1000.0;
  }

  private static String blankOut(String text, Pattern pattern) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder(text);
    while (m.find()) for (int i = m.start(); i < m.end(); i++) out.setCharAt(i, ' ');
    return out.toString();
  }
}
