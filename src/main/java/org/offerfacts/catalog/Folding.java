package org.offerfacts.catalog;

import java.text.Normalizer;

/**
 * Folds text for matching: lowercase, accents removed, typographic apostrophes and dashes made
 * plain. Folding keeps every character in place (one char in, one char out), so a position found
 * in folded text is the same position in the original — which is how quotes keep exact offsets.
 */
public final class Folding {
  private Folding() {}

  public static String fold(CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) out[i] = fold(text.charAt(i));
    return new String(out);
  }

  /**
   * Folded forms of the characters past ASCII that European text uses (Latin letters,
   * punctuation, symbols up to U+23FF), computed on first use: a Unicode decomposition per
   * accented character was a tenth of extraction time on French text. Racing threads can only
   * write the same value.
   */
  private static final char[] KNOWN = new char[0x2400];

  public static char fold(char c) {
    if (c < 128) return Character.toLowerCase(c);
    if (c >= KNOWN.length) return decompose(c);
    char folded = KNOWN[c];
    if (folded == 0) KNOWN[c] = folded = decompose(c);
    return folded;
  }

  private static char decompose(char c) {
    switch (c) {
      case '\u2019', '\u2018', '\u02BC', '\u00B4', '`' -> { return '\''; }
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> { return '-'; }
      case '\u00A0', '\u202F', '\u2007', '\u2009' -> { return ' '; }
      case '\u0153', '\u0152' -> { return 'o'; }
      case '\u00E6', '\u00C6' -> { return 'a'; }
      case '\u00DF' -> { return 's'; }
      default -> { }
    }
    char lower = Character.toLowerCase(c);
    String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
    char base = decomposed.charAt(0);
    return base < 128 || Character.isLetter(base) ? base : lower;
  }
}
