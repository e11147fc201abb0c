package org.offerfacts.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Finds pages that the page tree lists more than once. A damaged or hostile tree may name the
 * same page object in several /Kids arrays, or point back to an ancestor node: PDFBox 3 stops a
 * cycle after one lap, but yields every page of that lap again, and yields a page listed twice
 * twice. Read as is, the document would state every fact twice (and a running-header check
 * would take the repeated lines for page furniture); a page repeated thousands of times would also
 * multiply the work of a small file. A repeat is the same object, not the same text: PDFBox
 * resolves one indirect object (one object key) to one dictionary, so identity finds it, while
 * two pages with equal text (a blank page, a form printed twice) stay two pages.
 */
final class RepeatedPages {

  static final String WARNING = "the page tree repeats pages; each was read once";

  private RepeatedPages() {}

  /** Numbers (1-based) of the first {@code limit} pages that repeat an earlier page. */
  static Set<Integer> find(PDDocument document, int limit) {
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Integer> repeats = new TreeSet<>();
    int number = 0;
    for (PDPage page : document.getPages()) {
      if (++number > limit) break;
      if (!seen.add(page.getCOSObject())) repeats.add(number);
    }
    return repeats;
  }

  /** The pages in order with the repeats left out. */
  static List<String> without(List<String> pages, Set<Integer> repeats) {
    if (repeats.isEmpty()) return pages;
    List<String> kept = new ArrayList<>(pages.size() - repeats.size());
    for (int i = 0; i < pages.size(); i++) {
      if (!repeats.contains(i + 1)) kept.add(pages.get(i));
    }
    return kept;
  }
}
