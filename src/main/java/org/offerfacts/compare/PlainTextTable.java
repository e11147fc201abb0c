package org.offerfacts.compare;

import java.util.ArrayList;
import java.util.List;
import org.offerfacts.web.Messages;

/** The table in plain text, columns padded, for mail clients that take no HTML. */
final class PlainTextTable {
  /** Wider cells are cut: a plain-text table only helps while its lines stay readable. */
  static final int MAX_WIDTH = 32;

  private PlainTextTable() {}

  static String of(ComparisonView view, Messages messages) {
    List<List<String>> lines = TableLines.of(view, messages).stream().map(l -> l.stream().map(PlainTextTable::cut).toList()).toList();
    int columns = lines.get(0).size();
    List<Integer> widths = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      int column = c;
      widths.add(lines.stream().mapToInt(l -> l.get(column).codePointCount(0, l.get(column).length())).max().orElse(0));
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) line.append(c == 0 ? "" : " | ").append(pad(lines.get(i).get(c), widths.get(c)));
      out.append(line.toString().stripTrailing()).append('\n');
      if (i == 0) out.append(rule(widths)).append('\n');
    }
    return out.toString();
  }

  private static String rule(List<Integer> widths) {
    List<String> parts = widths.stream().map("-"::repeat).toList();
    return String.join("-+-", parts);
  }

  private static String cut(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.codePointCount(0, flat.length()) <= MAX_WIDTH ? flat : flat.substring(0, flat.offsetByCodePoints(0, MAX_WIDTH - 1)) + "…";
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.codePointCount(0, text.length())));
  }
}
