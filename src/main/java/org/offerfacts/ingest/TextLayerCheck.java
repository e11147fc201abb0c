package org.offerfacts.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Tells a PDF with text from a scan (images of pages), whose "text" would be empty or a few
 * stray characters, or whose fonts give no letters or the wrong ones (see {@link Legibility}):
 * facts must not be sought in it, and the user must be told why.
 */
record TextLayerCheck(boolean reliable, List<String> warnings) {

  /** Below this many non-space characters per page on average, the document is a scan. */
  static final int MIN_CHARS_PER_PAGE = 20;
  static final String SCANNED_WARNING = "no text layer: the PDF looks scanned (image only); OCR is not supported";

  /**
   * @param failedPages pages that could not be read: they have their own warning already
   * @param legibility  what each page printed, null for a page not read
   */
  static TextLayerCheck of(PDDocument document, List<String> pageTexts, Set<Integer> failedPages,
      List<Legibility.Page> legibility) {
    // Before the scan test: glyphs without a Unicode mapping leave a page as empty as a scan does.
    Optional<String> unreadable = Legibility.unreadable(legibility);
    if (unreadable.isPresent()) return new TextLayerCheck(false, List.of(unreadable.get()));
    long total = 0;
    List<Integer> textless = new ArrayList<>();
    for (int i = 0; i < pageTexts.size(); i++) {
      if (failedPages.contains(i + 1)) continue;
      int chars = nonSpaceChars(pageTexts.get(i));
      total += chars;
      if (chars == 0 || (chars < MIN_CHARS_PER_PAGE && hasImages(document, i))) textless.add(i + 1);
    }
    long pagesRead = pageTexts.size() - failedPages.size();
    if (total < MIN_CHARS_PER_PAGE * pagesRead) {
      return new TextLayerCheck(false, List.of(SCANNED_WARNING));
    }
    if (textless.isEmpty()) return new TextLayerCheck(true, List.of());
    return new TextLayerCheck(true, List.of(textlessWarning(textless)));
  }

  static String textlessWarning(List<Integer> pages) {
    if (pages.size() == 1) return "page " + pages.get(0) + " has no text layer (scanned or blank page)";
    StringBuilder list = new StringBuilder();
    for (int page : pages) list.append(list.length() == 0 ? "" : ", ").append(page);
    return "pages " + list + " have no text layer (scanned or blank pages)";
  }

  private static int nonSpaceChars(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) count++;
    }
    return count;
  }

  private static boolean hasImages(PDDocument document, int pageIndex) {
    try {
      PDResources resources = document.getPage(pageIndex).getResources();
      if (resources == null) return false;
      for (COSName name : resources.getXObjectNames()) {
        if (resources.isImageXObject(name)) return true;
      }
      return false;
    } catch (RuntimeException e) {
      return false; // a broken page or resource says nothing about the text layer
    }
  }
}
