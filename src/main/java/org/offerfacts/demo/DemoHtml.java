package org.offerfacts.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a supplier's spec sheet page: a title, an introduction, a two-column table
 * ("IPv6 | Oui") and notes below it, the way offer pages are built.
 */
final class DemoHtml {
  /** One table row: what is described, and the supplier's answer. */
  record Row(String label, String value) {}

  private DemoHtml() {}

  static byte[] specSheet(String lang, String title, List<String> intro, List<Row> rows, List<String> notes) {
    StringBuilder html = new StringBuilder()
        .append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(escape(title)).append("</title>\n</head>\n<body>\n<main>\n")
        .append("<h1>").append(escape(title)).append("</h1>\n");
    for (String p : intro) html.append("<p>").append(escape(p)).append("</p>\n");
    html.append("<table>\n");
    for (Row row : rows) {
      html.append("<tr><th>").append(escape(row.label())).append("</th><td>").append(escape(row.value()))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
    for (String p : notes) html.append("<p>").append(escape(p)).append("</p>\n");
    html.append("</main>\n</body>\n</html>\n");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
