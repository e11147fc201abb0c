package org.offerfacts.ingest;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinTask;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the pages of a PDF in one pass, and when a page fails, records it and goes on from the
 * next page: a single damaged page costs a warning instead of the document. Each page's text
 * leaves here in reading order, with hyphenated line ends joined and normalised.
 *
 * <p>A long document is read in two halves at once, the second from its own copy of the
 * document: PDFBox's objects are not thread-safe, and pages read the same whichever pass reads
 * them (a failed page already restarts the pass on the next page).
 */
final class PdfPageReader {

  private static final Logger log = LoggerFactory.getLogger(PdfPageReader.class);
  private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t]+(?=\n|$)");
  /** Below this, opening a second copy of the document costs more than reading in parallel saves. */
  static final int MIN_PAGES_PER_PASS = 20;

  /**
   * @param pageTexts   one text per page read, "" for a page that failed or was skipped
   * @param warnings    one sentence per page that failed
   * @param failedPages numbers of the pages that failed or were skipped
   * @param legibility  what each page printed (see Legibility), null for a page not read
   */
  record Result(List<String> pageTexts, List<String> warnings, Set<Integer> failedPages,
      List<Legibility.Page> legibility) {
    boolean allPagesFailed() {
      return failedPages.size() == pageTexts.size();
    }
  }

  /** Opens another copy of the document being read. */
  interface Copy {
    PDDocument open() throws IOException;
  }

  /** Thrown before PDFBox parses a page whose content is absurdly large. */
  private static final class PageRefused extends IOException {
    PageRefused(String message) {
      super(message);
    }
  }

  private PdfPageReader() {}

  /** @param copy another copy of the document for a parallel pass, or null to read in one pass */
  static Result read(PDDocument document, int pageCount, Copy copy) {
    return read(document, pageCount, Set.of(), copy);
  }

  /** @param skipped pages not to read at all (repeats of an earlier page) */
  static Result read(PDDocument document, int pageCount, Set<Integer> skipped, Copy copy) {
    Pages pages = new Pages(new String[pageCount], new Legibility.Page[pageCount], skipped);
    boolean twoPasses = copy != null && pageCount >= 2 * MIN_PAGES_PER_PASS
        && Runtime.getRuntime().availableProcessors() > 1;
    int firstHalf = twoPasses ? pageCount / 2 : pageCount;
    ForkJoinTask<List<String>> secondHalf = twoPasses
        ? ForkJoinTask.adapt(() -> readCopy(copy, firstHalf + 1, pageCount, pages)).fork()
        : null;
    List<String> warnings = readPages(document, 1, firstHalf, pages);
    if (secondHalf != null) {
      List<String> later = secondHalf.join();
      // The copy could not be opened: the second half is read here, after the first.
      warnings.addAll(later != null ? later : readPages(document, firstHalf + 1, pageCount, pages));
    }
    Set<Integer> failedPages = new TreeSet<>();
    List<String> pageTexts = new ArrayList<>(pageCount);
    for (int i = 0; i < pageCount; i++) {
      if (pages.texts[i] == null) failedPages.add(i + 1);
      pageTexts.add(pages.texts[i] == null ? "" : pages.texts[i]);
    }
    return new Result(pageTexts, warnings, failedPages, Arrays.asList(pages.legibility));
  }

  private static List<String> readCopy(Copy copy, int first, int last, Pages pages) {
    try (PDDocument document = copy.open()) {
      return readPages(document, first, last, pages);
    } catch (IOException | RuntimeException e) {
      log.debug("could not open a second copy of the document, reading on in one pass", e);
      return null;
    }
  }

  /** What the passes write, each page into its own slot. */
  private record Pages(String[] texts, Legibility.Page[] legibility, Set<Integer> skipped) {}

  /** Reads pages {@code first..last} into {@code pages}; returns a warning per page that failed. */
  private static List<String> readPages(PDDocument document, int first, int last, Pages pages) {
    List<String> warnings = new ArrayList<>();
    PageTextStripper stripper = new PageTextStripper();
    int next = first;
    while (next <= last) {
      try {
        stripper.read(document, next, last, pages.skipped, PdfPageReader::refuseBombs,
            (number, page, text, glyphs, legibility) -> {
              pages.texts[number - 1] = clean(inReadingOrder(number, page, text, glyphs));
              pages.legibility[number - 1] = legibility;
            });
        break;
      } catch (IOException | RuntimeException e) {
        int failed = stripper.currentPage();
        log.debug("page {} failed", failed, e);
        if (failed <= last && pages.texts[failed - 1] == null) {
          warnings.add(e instanceof PageRefused ? e.getMessage() : "page " + failed + " could not be read: " + e.getMessage());
        }
        next = failed + 1;
      }
    }
    return warnings;
  }

  private static void refuseBombs(int number, PDPage page) throws PageRefused {
    if (ContentSizeGuard.exceeds(page, ContentSizeGuard.MAX_DECODED_BYTES_PER_PAGE)) {
      throw new PageRefused("page " + number + " skipped: its content decompresses to more than "
          + Sizes.describe(ContentSizeGuard.MAX_DECODED_BYTES_PER_PAGE) + " (damaged or hostile PDF)");
    }
  }

  private static String inReadingOrder(int number, PDPage page, String text, PageGlyphs glyphs) {
    Optional<List<Rectangle2D>> columns = ColumnLayout.readingRegions(glyphs);
    if (columns.isEmpty()) return text;
    log.debug("page {}: interleaved columns, reading {} regions", number, columns.get().size());
    try {
      return RegionTextStripper.read(page, columns.get());
    } catch (IOException | RuntimeException e) {
      log.debug("page {}: column re-reading failed, keeping stream order", number, e);
      return text; // mixed columns still beat a lost page
    }
  }

  private static String clean(String text) {
    String normalized = TextNormalizer.normalize(Hyphenation.joinLineEndHyphens(text));
    // Spaces before a line break are layout residue (justification, duplicate spaces).
    return TRAILING_SPACES.matcher(normalized).replaceAll("").strip();
  }
}
