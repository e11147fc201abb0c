package org.offerfacts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.catalog.UnitConversion;

/** Reads the value a segment states for a rule's attribute, typed as the attribute says. */
final class ValueReader {
  private static final int SHORT_SEGMENT = 80;
  private static final Pattern CELL_SEPARATOR = Pattern.compile("\\s\\|\\s|\\t|\\s?:\\s");

  /** A value and the extent of text that states it (beyond the segment for "label / value"). */
  record Found(Object value, int start, int end) {}

  private final Catalog catalog;
  private final NumberReader numbers;
  private final RuleBook book;

  ValueReader(RuleBook book) {
    this.book = book;
    this.catalog = book.catalog;
    this.numbers = new NumberReader(catalog.language().numberWords());
  }

  List<Found> read(CompiledRule rule, PageReading page, int index, int[] anchor, boolean negated) {
    Segment s = page.segments.get(index);
    return switch (rule.attribute().type()) {
      case BOOLEAN -> bool(rule, page, s, anchor, negated);
      case INTEGER, NUMBER -> negated && rule.rule().value() == null ? List.of() : number(rule, page, index, anchor);
      case ENUM -> negated ? List.of() : enumValues(rule, page, s);
      case TEXT -> negated ? List.of() : text(rule, page, s);
    };
  }

  private List<Found> bool(CompiledRule rule, PageReading page, Segment s, int[] anchor, boolean negated) {
    Boolean answer = rowAnswer(page, s, anchor);
    if (rule.rule().rowOnly()) {
      return answer == null ? List.of() : List.of(new Found(answer, s.start(), s.end()));
    }
    boolean stated = (Boolean) rule.rule().value();
    // "Mode bridge | Non": the answer cell says yes or no to what the label names, whatever
    // the label's wording and whether the answer cell also reads as a denial ("Non disponible").
    if (answer != null) return List.of(new Found(answer == stated, s.start(), s.end()));
    return List.of(new Found(negated != stated, s.start(), s.end()));
  }

  /** "IPv6 | Oui": the cell after the one holding the term answers yes or no. */
  private Boolean rowAnswer(PageReading page, Segment s, int[] anchor) {
    Matcher separators = CELL_SEPARATOR.matcher(page.folded).region(s.start(), s.end());
    boolean afterAnchor = false;
    int cellStart = s.start();
    List<int[]> cells = new ArrayList<>();
    while (separators.find()) {
      cells.add(new int[] {cellStart, separators.start()});
      cellStart = separators.end();
    }
    cells.add(new int[] {cellStart, s.end()});
    if (cells.size() < 2) return null;
    for (int[] cell : cells) {
      if (!afterAnchor) {
        afterAnchor = cell[0] <= anchor[0] && anchor[0] < cell[1];
        continue;
      }
      String value = page.folded.substring(cell[0], cell[1]).strip();
      if (isOneOf(value, catalog.language().yesWords())) return true;
      if (isOneOf(value, catalog.language().noWords())) return false;
    }
    return null;
  }

  private static boolean isOneOf(String cell, List<String> words) {
    for (String word : words) {
      if (cell.equals(word)) return true;
      if (cell.startsWith(word) && cell.length() > word.length() && !Character.isLetterOrDigit(cell.charAt(word.length()))
          && Character.isLetterOrDigit(word.charAt(word.length() - 1))) return true;
    }
    return false;
  }

  private List<Found> number(CompiledRule rule, PageReading page, int index, int[] anchor) {
    if (rule.rule().value() != null) {
      Segment s = page.segments.get(index);
      return List.of(new Found(typed(rule.attribute(), (Double) rule.rule().value()), s.start(), s.end()));
    }
    Segment first = page.segments.get(index);
    // The trigger's own phrase, then its clause: in "intervention sous H+4, rétablissement en 8
    // heures" the intervention time is H+4 although "8 heures" matches the first pattern; in
    // "download up to 900 Mbps and upload up to 110 Mbps" the upload rate is 110. Often the
    // phrase is the clause and the clause the segment: a span searched in vain is not searched again.
    int searchedFrom = -1;
    int searchedTo = -1;
    for (Marks marks : List.of(page.phraseBreaks, page.clauseBreaks)) {
      int from = page.breakBefore(first, anchor[0], marks);
      int to = page.breakAfter(first, anchor[1], marks);
      if (from == searchedFrom && to == searchedTo) continue;
      Found inside = nearestNumber(rule, page, first, from, to, anchor, first.start());
      if (inside != null) return List.of(inside);
      searchedFrom = from;
      searchedTo = to;
    }
    int last = Math.min(page.segments.size() - 1, index + rule.rule().lookahead());
    for (int i = index; i <= last; i++) {
      Segment s = page.segments.get(i);
      if (i > index && s.length() > SHORT_SEGMENT) break;
      if (i == index && s.start() == searchedFrom && s.end() == searchedTo) continue;
      Found found = nearestNumber(rule, page, s, s.start(), s.end(), anchor, first.start());
      if (found != null) return List.of(found);
    }
    return List.of();
  }

  /** The match nearest the anchor within [from, to) of the first pattern that matches there. */
  private Found nearestNumber(CompiledRule rule, PageReading page, Segment s, int from, int to, int[] anchor,
      int quoteStart) {
    for (Pattern pattern : rule.patterns()) {
      Matcher m = pattern.matcher(page.folded).region(from, to);
      m.useTransparentBounds(true);
      Matcher best = null;
      int bestDistance = Integer.MAX_VALUE;
      while (m.find()) {
        int distance = m.start() >= anchor[1] ? m.start() - anchor[1] : Math.max(0, anchor[0] - m.end());
        if (distance < bestDistance) {
          bestDistance = distance;
          best = (Matcher) pattern.matcher(page.folded).region(m.start(), m.end());
          best.useTransparentBounds(true).lookingAt();
        }
      }
      if (best == null) continue;
      Double value = numbers.read(best.group("n"));
      if (value == null) continue;
      String unit = hasGroup(pattern, "unit") ? best.group("unit") : null;
      value = value * unitFactor(rule.attribute(), unit);
      if (rule.transform() != null) value = rule.transform().apply(value);
      return new Found(typed(rule.attribute(), value), Math.min(quoteStart, s.start()), s.end());
    }
    return null;
  }

  private static boolean hasGroup(Pattern pattern, String name) {
    return pattern.pattern().contains("(?<" + name + ">");
  }

  private double unitFactor(Attribute attribute, String written) {
    if (written == null || written.isBlank() || attribute.unit() == null) return 1;
    List<UnitConversion> conversions = catalog.language().units().get(attribute.unit());
    if (conversions == null) return 1;
    for (UnitConversion c : conversions) {
      if (c.match().matcher(written.strip()).find()) return c.factor();
    }
    return 1;
  }

  static Object typed(Attribute attribute, double value) {
    if (attribute.type() == org.offerfacts.catalog.AttributeType.INTEGER) return Math.round(value);
    double rounded = Math.round(value * 1000) / 1000.0;
    return rounded;
  }

  private List<Found> enumValues(CompiledRule rule, PageReading page, Segment s) {
    if (rule.rule().value() != null) return List.of(new Found(rule.rule().value(), s.start(), s.end()));
    List<Found> found = new ArrayList<>();
    for (Map.Entry<String, int[]> e : rule.enumTerms().entrySet()) {
      if (page.contains(s, e.getValue())) found.add(new Found(e.getKey(), s.start(), s.end()));
    }
    return found;
  }

  private List<Found> text(CompiledRule rule, PageReading page, Segment s) {
    for (Pattern pattern : rule.patterns()) {
      Matcher m = pattern.matcher(page.folded).region(s.start(), s.end());
      if (m.find() && hasGroup(pattern, "text")) {
        String value = page.text.substring(m.start("text"), m.end("text")).strip();
        return List.of(new Found(value, s.start(), s.end()));
      }
    }
    return List.of();
  }
}
