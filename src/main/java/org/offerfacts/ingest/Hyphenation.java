package org.offerfacts.ingest;

import java.util.regex.Pattern;

/**
 * Rejoins words that typesetting split across lines ("inter-\nnet" → "internet") so a rule
 * looking for "internet" or a quote search finds them. Only a letter, a hyphen at the very end
 * of the line and a lowercase letter starting the next line count: "Wi-\nFi", "2-\n3" and list
 * dashes keep their line break. A true compound cut at its hyphen ("anti-\nvirus") loses the
 * hyphen; without a dictionary that is the lesser evil, and it is rare in offers.
 */
final class Hyphenation {

  /** Hyphen-minus, soft hyphen (some PDFs print U+00AD at the break) and U+2010 hyphen. */
  private static final Pattern LINE_END_HYPHEN =
      Pattern.compile("(?<=\\p{L})[-\\u00AD\\u2010][ \\t]*\\n[ \\t]*(?=\\p{Ll})");

  private Hyphenation() {}

  static String joinLineEndHyphens(String text) {
    if (text.indexOf('\n') < 0) return text;
    return LINE_END_HYPHEN.matcher(text).replaceAll("");
  }
}
