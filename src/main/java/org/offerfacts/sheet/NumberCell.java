package org.offerfacts.sheet;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.AttributeType;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.catalog.Folding;
import org.offerfacts.catalog.UnitConversion;

/**
 * Numbers as spreadsheet cells write them, in French or English: "99,95 %", "1 000", "1,000",
 * "1.5 Gbit/s", "jusqu'à 8 h", "/56". Units convert to the attribute's unit with the
 * conversions of {@code specs/language.yaml} ("1 Gbit/s" = 1000 Mbit/s). The extractor's own
 * number reader is package-private and reads running text; cells need a stricter reading, so
 * this small one stands apart.
 */
final class NumberCell {
  private static final Pattern NUMBER = Pattern.compile(
      "(?:(?:jusqu'? ?a|up to|max(?:imum)?\\.?|<=?|≤)\\s*)?(?<slash>/)?(?<n>[+-]?\\d[\\d\\s.,']*)(?<unit>[^\\s(]*)\\s*(?<rest>.*)");
  private static final Pattern THOUSANDS_COMMA = Pattern.compile("\\d{1,3}(,\\d{3})+");
  private static final Pattern THOUSANDS_DOT = Pattern.compile("\\d{1,3}(\\.\\d{3}){2,}");

  private final Catalog catalog;

  NumberCell(Catalog catalog) {
    this.catalog = catalog;
  }

  CellValue read(Attribute attribute, String main, List<String> conditions) {
    Matcher m = NUMBER.matcher(Folding.fold(main).replaceAll("[\\u00a0\\u202f\\u2007]", " ").strip());
    if (!m.matches()) return new CellValue.Unreadable("not_number", null);
    if (m.group("slash") != null && !"prefix length".equals(attribute.unit())) return new CellValue.Unreadable("not_number", null);
    Double number = parse(m.group("n").strip());
    if (number == null) return new CellValue.Unreadable("not_number", null);
    String unit = m.group("unit");
    Double factor = factor(attribute, unit);
    if (factor == null) return new CellValue.Unreadable("unit", unit + " → " + attribute.unit());
    if (!m.group("rest").isBlank() && conditions.isEmpty() && !isUnitWord(m.group("rest"))) {
      return new CellValue.Unreadable("extra_text", m.group("rest"));
    }
    double value = number * factor;
    if (attribute.type() == AttributeType.INTEGER) {
      if (Math.abs(value - Math.rint(value)) > 1e-6) return new CellValue.Unreadable("not_whole", null);
      return new CellValue.Stated(Math.round(value), conditions);
    }
    return new CellValue.Stated(Math.round(value * 1000) / 1000.0, conditions);
  }

  /** "1 000" and "1,000" are a thousand; "1,5" and "1.5" are one and a half; the last of . and , is the decimal mark. */
  static Double parse(String written) {
    String n = written.replaceAll("[\\s']", "").replaceAll("[.,]+$", "");
    int comma = n.lastIndexOf(',');
    int dot = n.lastIndexOf('.');
    if (comma >= 0 && dot >= 0) {
      char thousands = comma > dot ? '.' : ',';
      n = n.replace(String.valueOf(thousands), "").replace(',', '.');
    } else if (THOUSANDS_COMMA.matcher(n).matches() || THOUSANDS_DOT.matcher(n).matches()) {
      n = n.replaceAll("[.,]", "");
    } else {
      n = n.replace(',', '.');
    }
    try {
      return Double.parseDouble(n);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The factor to the attribute's unit, or null when the written unit is not one we can convert. */
  private Double factor(Attribute attribute, String written) {
    String unit = written.strip();
    if (unit.isEmpty() || attribute.unit() == null) return unit.isEmpty() ? 1.0 : null;
    String own = Folding.fold(attribute.unit());
    if (unit.equals(own)) return 1.0;
    List<UnitConversion> conversions = catalog.language().units().get(attribute.unit());
    if (conversions == null) {
      // Units the language file does not convert ("addresses", "%"): the same word, in either language.
      return unit.length() >= 2 && own.startsWith(unit.substring(0, 2)) ? 1.0 : null;
    }
    for (UnitConversion c : conversions) {
      if (c.match().matcher(unit).find()) return c.factor();
    }
    return null;
  }

  /** The second word of a two-word unit: "jours ouvrés", "business days". */
  private static boolean isUnitWord(String rest) {
    return Folding.fold(rest).strip().matches("ouvr\\w*|ouvrables?|days?|hours?|heures?");
  }
}
