package org.offerfacts.store;

import org.jooq.DSLContext;

/**
 * Keeps the full-text index of pages in step with the pages themselves: entries are written
 * in the same transaction as the page, so search never shows a page that is not stored.
 */
public interface SearchIndex {
  void add(DSLContext tx, long pageId, String text);

  /** For stores that are not searched (tests of other parts). */
  SearchIndex NONE = (tx, pageId, text) -> {};
}
