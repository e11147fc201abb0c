package org.offerfacts.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper set up for offers, reading one page at a time and keeping that page's
 * glyph positions so the caller can look for columns without a second pass.
 */
final class PageTextStripper extends PDFTextStripper {

  private final OverlapFilter overlaps = new OverlapFilter();
  private final List<TextPosition> glyphs = new ArrayList<>();

  PageTextStripper() {
    configure(this);
  }

  /** Settings shared with {@link RegionTextStripper}, so a column reads like a page. */
  static void configure(PDFTextStripper stripper) {
    // PDFBox's own duplicate check is the main cost; OverlapFilter does the same job cheaply.
    stripper.setSuppressDuplicateOverlappingText(false);
    // Content-stream order is the author's reading order in most generated offers; sorting by
    // position merges side-by-side blocks line by line. ColumnLayout handles interleaved columns.
    stripper.setSortByPosition(false);
    stripper.setLineSeparator("\n");
    stripper.setWordSeparator(" ");
    stripper.setPageStart("");
    stripper.setPageEnd("");
  }

  /** The text of one page (1-based); {@link #glyphs()} then holds that page's glyphs. */
  String pageText(PDDocument document, int pageNumber) throws IOException {
    setStartPage(pageNumber);
    setEndPage(pageNumber);
    return getText(document);
  }

  /** Glyphs of the last page read, in content-stream order, duplicates removed. */
  List<TextPosition> glyphs() {
    return glyphs;
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    overlaps.reset();
    glyphs.clear();
    super.startPage(page);
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    if (overlaps.isDuplicate(text)) return;
    glyphs.add(text);
    super.processTextPosition(text);
  }
}
