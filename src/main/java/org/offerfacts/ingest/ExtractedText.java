package org.offerfacts.ingest;

import java.util.List;

/**
 * The text of one document, page by page, with what the reader noticed on the way.
 *
 * @param pages    the pages in order; never empty for a document that was read
 * @param warnings plain sentences for the user ("page 3 has no text layer")
 * @param reliable false when the text cannot be trusted (no text layer, unreadable glyphs):
 *                 extraction then reports it and records no fact from it
 */
public record ExtractedText(List<Page> pages, List<String> warnings, boolean reliable) {
  public ExtractedText {
    pages = List.copyOf(pages);
    warnings = List.copyOf(warnings);
  }

  public static ExtractedText singlePage(String text) {
    return new ExtractedText(List.of(new Page(1, text)), List.of(), true);
  }

  public int pageCount() {
    return pages.size();
  }

  public int length() {
    return pages.stream().mapToInt(p -> p.text().length()).sum();
  }
}
