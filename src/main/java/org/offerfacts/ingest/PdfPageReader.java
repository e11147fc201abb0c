package org.offerfacts.ingest;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads pages one by one, so a single damaged page costs a warning instead of the document.
 * Each page's text leaves here in reading order, with hyphenated line ends joined and normalised.
 */
final class PdfPageReader {

  private static final Logger log = LoggerFactory.getLogger(PdfPageReader.class);
  private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t]+(?=\n|$)");

  /**
   * @param pageTexts one text per page read, "" for a page that failed
   * @param warnings  one sentence per page that failed
   */
  record Result(List<String> pageTexts, List<String> warnings, int failedPages) {
    boolean allPagesFailed() {
      return failedPages == pageTexts.size();
    }
  }

  private PdfPageReader() {}

  static Result read(PDDocument document, int pageCount) {
    PageTextStripper stripper = new PageTextStripper();
    List<String> texts = new ArrayList<>(pageCount);
    List<String> warnings = new ArrayList<>();
    int failed = 0;
    for (int number = 1; number <= pageCount; number++) {
      try {
        if (ContentSizeGuard.exceeds(document.getPage(number - 1), ContentSizeGuard.MAX_DECODED_BYTES_PER_PAGE)) {
          texts.add("");
          warnings.add("page " + number + " skipped: its content decompresses to more than "
              + Sizes.describe(ContentSizeGuard.MAX_DECODED_BYTES_PER_PAGE) + " (damaged or hostile PDF)");
          failed++;
          continue;
        }
        String text = readPage(document, stripper, number);
        String normalized = TextNormalizer.normalize(Hyphenation.joinLineEndHyphens(text));
        // Spaces before a line break are layout residue (justification, duplicate spaces).
        texts.add(TRAILING_SPACES.matcher(normalized).replaceAll("").strip());
      } catch (IOException | RuntimeException e) {
        log.debug("page {} failed", number, e);
        texts.add("");
        warnings.add("page " + number + " could not be read: " + e.getMessage());
        failed++;
      }
    }
    return new Result(texts, warnings, failed);
  }

  private static String readPage(PDDocument document, PageTextStripper stripper, int number) throws IOException {
    String text = stripper.pageText(document, number);
    Optional<List<Rectangle2D>> columns = ColumnLayout.readingRegions(stripper.glyphs());
    if (columns.isEmpty()) return text;
    log.debug("page {}: interleaved columns, reading {} regions", number, columns.get().size());
    return RegionTextStripper.read(document.getPage(number - 1), columns.get());
  }
}
