package org.offerfacts.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDFBox's text stripper set up for offers. It reads a range of pages in one pass (a call per
 * page would walk the page tree once per page) and hands over each page's text together with
 * its glyph positions, so the caller can look for columns without a second pass.
 */
final class PageTextStripper extends PDFTextStripper {

  /** Receives each page once PDFBox has written it. */
  interface PageSink {
    void page(int number, PDPage page, String text, PageGlyphs glyphs, Legibility.Page legibility) throws IOException;
  }

  /** Lets the caller refuse a page before PDFBox parses its content (see ContentSizeGuard). */
  interface PageCheck {
    void beforeReading(int number, PDPage page) throws IOException;
  }

  private final OverlapFilter overlaps = new OverlapFilter();
  private final PageGlyphs glyphs = new PageGlyphs();
  private final StringWriter pageOutput = new StringWriter();
  private PageSink sink;
  private PageCheck check;
  private Set<Integer> skipped = Set.of();
  private int currentPage;
  private int glyphsShown;
  private int glyphsWithText;

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

  /**
   * Reads pages {@code first..last} (1-based) into the sink, but for the {@code skipped} ones.
   * When it throws, {@link #currentPage()} is the page that failed, so the caller can go on from
   * the next one.
   */
  void read(PDDocument document, int first, int last, Set<Integer> skipped, PageCheck check, PageSink sink)
      throws IOException {
    this.skipped = skipped;
    this.check = check;
    this.sink = sink;
    this.currentPage = first;
    setStartPage(first);
    setEndPage(last);
    writeText(document, pageOutput);
  }

  int currentPage() {
    return currentPage;
  }

  /** A skipped page (see RepeatedPages) is neither parsed nor handed to the sink. */
  @Override
  public void processPage(PDPage page) throws IOException {
    if (!skipped.contains(getCurrentPageNo())) super.processPage(page);
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    currentPage = getCurrentPageNo();
    check.beforeReading(currentPage, page);
    overlaps.reset();
    // TextPosition's x runs along the page as displayed, so a page turned 90° is as wide as it is tall.
    boolean turned = page.getRotation() % 180 != 0;
    glyphs.clear(turned ? page.getCropBox().getHeight() : page.getCropBox().getWidth());
    pageOutput.getBuffer().setLength(0);
    glyphsShown = 0;
    glyphsWithText = 0;
    super.startPage(page);
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    super.endPage(page);
    String text = pageOutput.toString();
    sink.page(currentPage, page, text, glyphs, Legibility.Page.of(text, glyphsShown, glyphsShown - glyphsWithText));
  }

  /** Counts every glyph drawn: PDFBox drops those of a composite font that have no Unicode mapping. */
  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
    glyphsShown++;
    super.showGlyph(textRenderingMatrix, font, code, displacement);
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    glyphsWithText++;
    String unicode = text.getUnicode();
    if (unicode == null) {
      super.processTextPosition(text);
      return;
    }
    float x = text.getX();
    float y = text.getY();
    float width = text.getWidth();
    if (overlaps.isDuplicate(unicode.hashCode(), x, y, OverlapFilter.tolerance(width, unicode))) return;
    if (width > 0 && !unicode.isBlank()) glyphs.add(x, x + width, y, text.getFontSizeInPt());
    super.processTextPosition(text);
  }
}
