package org.offerfacts.search;

import org.jooq.DSLContext;
import org.offerfacts.store.Database;
import org.offerfacts.store.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a page's word forms into {@code page_search} (FTS5 on SQLite, a tsvector on
 * PostgreSQL), keyed by the page's id. Both backends take the same statement: the PostgreSQL
 * table names its key column {@code rowid} on purpose.
 */
public final class PageIndex implements SearchIndex {
  private static final Logger log = LoggerFactory.getLogger(PageIndex.class);

  @Override
  public void add(DSLContext tx, long pageId, String text) {
    tx.execute("INSERT INTO page_search (rowid, forms) VALUES (?, ?)", pageId, WordForms.indexText(text));
  }

  /**
   * Indexes the pages stored while no index was wired (databases made before search existed),
   * so that upgrading never leaves documents unsearchable. Costs one scan of page ids at start.
   */
  public void catchUp(Database db) {
    int added = db.write(tx -> {
      var missing = tx.fetch("SELECT dp.id, dp.text FROM document_page dp "
          + "WHERE NOT EXISTS (SELECT 1 FROM page_search ps WHERE ps.rowid = dp.id)");
      missing.forEach(r -> add(tx, r.get(0, Long.class), r.get(1, String.class)));
      return missing.size();
    });
    if (added > 0) log.info("indexed {} pages stored before search was set up", added);
  }
}
