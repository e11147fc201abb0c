package org.offerfacts.extract;

/**
 * A fact's quote is at most {@link #MAX_LENGTH} characters. A statement is a sentence, a list item
 * or a table row, but a page without punctuation or line breaks (a flattened table, a hostile
 * document) is one segment of any length, and that whole segment would otherwise be copied into
 * every fact, every page that shows it and every export. A longer quote keeps its beginning
 * (where the segmenter starts the statement) and ends with {@link #CUT_MARK}; the fact's start
 * and end offsets still span the whole statement in the page's text, so the document view
 * highlights all of it.
 */
public final class QuoteCap {
  public static final int MAX_LENGTH = 1000;
  public static final String CUT_MARK = " […]";

  private QuoteCap() {}

  /** The quote, or its beginning and the mark when longer than the cap; null stays null. */
  public static String cap(String quote) {
    if (quote == null || quote.length() <= MAX_LENGTH) return quote;
    int keep = MAX_LENGTH - CUT_MARK.length();
    if (Character.isHighSurrogate(quote.charAt(keep - 1))) keep--; // never half a character
    return quote.substring(0, keep) + CUT_MARK;
  }

  /** The words a quote took verbatim from its page: all of it, or what comes before the mark of a cut. */
  public static String verbatim(String quote) {
    // A cut quote is MAX_LENGTH long, one less when the cut fell inside a surrogate pair.
    boolean cut = quote != null && quote.endsWith(CUT_MARK) && quote.length() >= MAX_LENGTH - 1;
    return cut ? quote.substring(0, quote.length() - CUT_MARK.length()) : quote;
  }
}
