package org.offerfacts.search;

/**
 * A run of text as a page shows it: plain, a search term, or part of the evidence. Templates
 * print {@link #text()} through jte's escaping and wrap marked runs in {@code <mark>}, so no
 * document text ever reaches the page unescaped.
 *
 * @param anchor the first run of the evidence, which carries {@code id="hl"} so that #hl scrolls to it
 */
public record Span(String text, boolean term, boolean evidence, boolean anchor) {
  public boolean plain() {
    return !term && !evidence;
  }

  public String css() {
    return evidence ? (term ? "evidence term" : "evidence") : "term";
  }
}
