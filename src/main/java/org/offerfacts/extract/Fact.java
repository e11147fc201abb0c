package org.offerfacts.extract;

import java.util.List;

/**
 * A value a document states for an attribute, with the words that state it.
 *
 * @param attribute  catalog attribute id
 * @param value      Boolean, Long (integer attributes), Double (numbers) or String (enums, text)
 * @param conditions condition ids from the catalog ("on_request", "paid_option")
 * @param page       1-based page of the quote
 * @param quote      the segment, verbatim from the page's extracted text, cut at {@link QuoteCap#MAX_LENGTH}
 * @param start      offset of the quote in the page's text
 * @param end        offset after the quote
 * @param confidence how much the reading is trusted, 0..1
 * @param rule       "attribute/rule" id of the catalog rule that read it
 */
public record Fact(
    String attribute,
    Object value,
    List<String> conditions,
    int page,
    String quote,
    int start,
    int end,
    double confidence,
    String rule) {
  public Fact {
    conditions = List.copyOf(conditions);
    quote = QuoteCap.cap(quote);
  }

  /** Whether two values state the same thing: numbers within 1 % (as evaluation counts them), others equal. */
  public static boolean sameValue(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      double dx = x.doubleValue();
      double dy = y.doubleValue();
      return Math.abs(dx - dy) <= 0.01 * Math.max(Math.abs(dx), Math.abs(dy));
    }
    return a.equals(b);
  }
}
