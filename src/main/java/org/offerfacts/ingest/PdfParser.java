package org.offerfacts.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a PDF page by page with PDFBox: text in content-stream order, interleaved columns put
 * back in order, hyphenated line ends joined, running headers and footers removed. Nothing is
 * rendered, no JavaScript runs and no link is followed: PDFBox only parses.
 *
 * <p>Over {@link IngestLimits#maxPages()} pages, the first pages are read and a warning says so,
 * rather than failing: a 2,500-page catalogue still yields its opening conditions, and the user
 * sees that the rest was not read.
 */
public final class PdfParser implements DocumentParser {

  private static final Logger log = LoggerFactory.getLogger(PdfParser.class);

  @Override
  public Set<String> mediaTypes() {
    return Set.of(MediaTypes.PDF);
  }

  @Override
  public IngestedDocument parse(DocumentSource source, IngestLimits limits) throws IngestException {
    byte[] bytes = source.bytes();
    if (bytes.length > limits.maxBytes()) {
      throw new IngestException(IngestException.Reason.TOO_LARGE,
          "the PDF is " + Sizes.describe(bytes.length) + ", above the limit of " + Sizes.describe(limits.maxBytes()));
    }
    long started = System.nanoTime();
    try (PDDocument document = open(bytes)) {
      int pageCount = document.getNumberOfPages();
      if (pageCount == 0) {
        throw new IngestException(IngestException.Reason.MALFORMED,
            "the PDF is truncated or damaged: no page could be read");
      }
      List<String> warnings = new ArrayList<>();
      int pagesToRead = Math.min(pageCount, limits.maxPages());
      if (pagesToRead < pageCount) {
        warnings.add("only the first " + pagesToRead + " of " + pageCount + " pages were read (page limit)");
      }
      Set<Integer> repeated = RepeatedPages.find(document, pagesToRead);
      if (!repeated.isEmpty()) warnings.add(RepeatedPages.WARNING);
      PdfPageReader.Result read = PdfPageReader.read(document, pagesToRead, repeated, () -> Loader.loadPDF(bytes));
      warnings.addAll(read.warnings());
      if (read.allPagesFailed()) {
        throw new IngestException(IngestException.Reason.MALFORMED,
            "the PDF is damaged: no page could be read (" + read.warnings().get(0) + ")");
      }
      TextLayerCheck check = TextLayerCheck.of(document, read.pageTexts(), read.failedPages(), read.legibility());
      warnings.addAll(check.warnings());

      List<String> texts = RepeatedEdgeLines.remove(RepeatedPages.without(read.pageTexts(), repeated));
      List<Page> pages = new ArrayList<>(texts.size());
      for (int i = 0; i < texts.size(); i++) pages.add(new Page(i + 1, texts.get(i)));
      log.debug("read {}: {} of {} pages in {} ms", source.source(), pagesToRead, pageCount,
          (System.nanoTime() - started) / 1_000_000);
      return new IngestedDocument(source.source(), title(document), language(document), MediaTypes.PDF,
          new ExtractedText(pages, warnings, check.reliable()), List.of());
    } catch (IOException e) {
      throw malformed(e);
    } catch (RuntimeException | StackOverflowError e) {
      // PDFBox signals some damaged structures (bad trees, cycles, absurd nesting) this way.
      log.warn("PDFBox failed on {}: {}", source.source(), e.toString());
      log.debug("PDFBox failure on {}", source.source(), e);
      throw malformed(e);
    }
  }

  /** Opens with the empty user password, which is how owner-password-only PDFs are readable. */
  private static PDDocument open(byte[] bytes) throws IngestException {
    try {
      return Loader.loadPDF(bytes);
    } catch (InvalidPasswordException e) {
      throw new IngestException(IngestException.Reason.ENCRYPTED,
          "the PDF is protected by a password; remove the protection (e.g. print it to a new PDF) and try again", e);
    } catch (IOException e) {
      throw malformed(e);
    } catch (RuntimeException | StackOverflowError e) {
      throw malformed(e);
    }
  }

  private static IngestException malformed(Throwable e) {
    if (e instanceof StackOverflowError) {
      // PDFBox walks page trees and outlines recursively; STACK.md measured ~10,000 levels.
      return new IngestException(IngestException.Reason.MALFORMED,
          "the PDF is damaged or hostile: its structure is nested too deeply to read", e);
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new IngestException(IngestException.Reason.MALFORMED,
        "the PDF is damaged or not a PDF and cannot be read: " + detail, e);
  }

  private static String title(PDDocument document) {
    String title = document.getDocumentInformation().getTitle();
    if (title == null) return null;
    title = TextNormalizer.normalize(title).strip();
    return title.isEmpty() ? null : title;
  }

  /** The catalog's /Lang ("fr-FR"), reduced to the languages the catalog of rules knows. */
  private static String language(PDDocument document) {
    return Languages.frOrEn(document.getDocumentCatalog().getLanguage());
  }
}
