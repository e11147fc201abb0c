package org.offerfacts.ingest;

/**
 * One page of a document's extracted text. Facts point into {@link #text()} by character
 * offsets, so the text here is exactly what a quote is cut from.
 *
 * @param number 1-based page number; a document without pages has a single page 1
 * @param text   the page's text after normalisation (ligatures, hyphenation, headers removed)
 */
public record Page(int number, String text) {
  public Page {
    if (number < 1) throw new IllegalArgumentException("page numbers start at 1: " + number);
    if (text == null) throw new IllegalArgumentException("page text is null");
  }
}
