package org.offerfacts.ingest;

/**
 * Rejoins words that typesetting split across lines ("inter-\nnet" → "internet") so a rule
 * looking for "internet" or a quote search finds them. Only a letter, a hyphen at the very end
 * of the line and a lowercase letter starting the next line count: "Wi-\nFi", "2-\n3" and list
 * dashes keep their line break. A true compound cut at its hyphen ("anti-\nvirus") loses the
 * hyphen; without a dictionary that is the lesser evil, and it is rare in offers.
 */
final class Hyphenation {

  private Hyphenation() {}

  static String joinLineEndHyphens(String text) {
    int newline = text.indexOf('\n');
    if (newline < 0) return text;
    // A scan instead of a regular expression: this runs on every page, and a pattern opening
    // with a look-behind is tried at every position of the text.
    StringBuilder out = null;
    int copied = 0;
    for (; newline >= 0; newline = text.indexOf('\n', newline + 1)) {
      int hyphen = skipBackOverBlanks(text, newline - 1);
      if (hyphen < 1 || !isHyphen(text.charAt(hyphen)) || !Character.isLetter(text.charAt(hyphen - 1))) continue;
      int next = skipOverBlanks(text, newline + 1);
      if (next >= text.length() || !Character.isLowerCase(text.charAt(next))) continue;
      if (out == null) out = new StringBuilder(text.length());
      out.append(text, copied, hyphen);
      copied = next;
    }
    if (out == null) return text;
    return out.append(text, copied, text.length()).toString();
  }

  /** Hyphen-minus, soft hyphen (some PDFs print U+00AD at the break) and U+2010 hyphen. */
  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u00AD' || c == '\u2010';
  }

  private static int skipBackOverBlanks(String text, int index) {
    while (index >= 0 && (text.charAt(index) == ' ' || text.charAt(index) == '\t')) index--;
    return index;
  }

  private static int skipOverBlanks(String text, int index) {
    while (index < text.length() && (text.charAt(index) == ' ' || text.charAt(index) == '\t')) index++;
    return index;
  }
}
