package org.offerfacts.compare;

import java.util.List;
import org.offerfacts.web.Messages;

/**
 * The table as RFC 4180 CSV. A cell that a spreadsheet would take for a formula (it starts with
 * = + - @ or a control character) gets a leading quote: documents are not ours to trust.
 */
final class CsvExport {
  private CsvExport() {}

  static String of(ComparisonView view, Messages messages) {
    StringBuilder out = new StringBuilder();
    for (List<String> line : TableLines.of(view, messages)) {
      for (int i = 0; i < line.size(); i++) out.append(i == 0 ? "" : ",").append(field(line.get(i)));
      out.append("\r\n");
    }
    return out.toString();
  }

  static String field(String text) {
    String value = text == null ? "" : text;
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) value = "'" + value;
    boolean quoted = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
        || value.startsWith(" ") || value.endsWith(" ");
    return quoted ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
