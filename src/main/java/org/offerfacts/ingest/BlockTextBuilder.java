package org.offerfacts.ingest;

/**
 * Accumulates text with block structure: whitespace collapsed inside a line, and line or
 * paragraph breaks requested by elements but written only when more text follows, so empty
 * elements leave no blank lines and the text never starts or ends with a break.
 */
final class BlockTextBuilder {

  private static final int NONE = 0;
  private static final int LINE = 1;
  private static final int PARAGRAPH = 2;

  private final StringBuilder out = new StringBuilder();
  private int pendingBreak = NONE;
  private boolean pendingSpace;
  private String pendingSeparator;
  private String linePrefix;
  private boolean atLineStart = true;

  /** Text whose whitespace runs become single spaces (HTML's normal rendering). */
  void text(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = true;
      } else {
        beforeVisible();
        out.append(c);
      }
    }
  }

  /** Text whose line breaks and spaces are kept ({@code <pre>}). */
  void preformatted(String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) lineBreak();
      String line = lines[i].stripTrailing();
      if (line.isEmpty()) continue;
      beforeVisible();
      out.append(line);
    }
  }

  void lineBreak() {
    pendingBreak = Math.max(pendingBreak, LINE);
  }

  void paragraphBreak() {
    pendingBreak = PARAGRAPH;
  }

  /** A space, unless the line ends here anyway. */
  void space() {
    pendingSpace = true;
  }

  /** Written before the next text on the same line only ("IPv6 | Oui"); dropped at line start. */
  void separator(String separator) {
    pendingSeparator = separator;
  }

  /** Written at the start of the next line that gets text ("- " for list items). */
  void linePrefix(String prefix) {
    lineBreak();
    linePrefix = prefix;
  }

  String build() {
    return out.toString();
  }

  private void beforeVisible() {
    if (pendingBreak != NONE && out.length() > 0) {
      out.append(pendingBreak == PARAGRAPH ? "\n\n" : "\n");
      atLineStart = true;
    }
    pendingBreak = NONE;
    if (atLineStart) {
      if (linePrefix != null) out.append(linePrefix);
    } else if (pendingSeparator != null) {
      out.append(pendingSeparator);
    } else if (pendingSpace) {
      out.append(' ');
    }
    linePrefix = null;
    pendingSeparator = null;
    pendingSpace = false;
    atLineStart = false;
  }
}
