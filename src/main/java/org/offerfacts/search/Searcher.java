package org.offerfacts.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Record;
import org.offerfacts.store.Database;

/**
 * Runs a search: the query's word forms against {@code page_search}, ranked (bm25 on SQLite,
 * ts_rank on PostgreSQL), filtered by supplier and offer, with snippets cut from the pages.
 *
 * <p>Ranking is bounded: only the {@link #CANDIDATES} most recently stored matching pages are
 * ranked. Scoring every page that holds a very common word is what made searches slow past a
 * few hundred thousand pages (300,000 pages of 150 words, a word on all of them: 0.77 s to rank
 * all, 0.03 s for the newest 1,000, since FTS5 walks its matches by descending rowid and scores
 * only the rows it hands out). Newest-first keeps the latest documents, the ones people compare,
 * in the set; the results say when the set was full, and another word or a filter narrows it.
 */
public final class Searcher {
  public static final int CANDIDATES = 1000;

  /**
   * The candidates are ranked and cut to one page of results before the page texts are joined:
   * joined first, the sort carried the text of every candidate (a thousand pages) to keep twenty.
   */
  private static final String DETAILS = ", ranked AS (SELECT page_id, score, count(*) OVER () AS total FROM hits "
      + "ORDER BY score DESC, page_id DESC LIMIT ? OFFSET ?) "
      + "SELECT dp.id, dp.page, dp.text, d.id, d.title, d.source, o.id, o.name, s.id, s.name, r.score, r.total "
      + "FROM ranked r JOIN document_page dp ON dp.id = r.page_id JOIN document d ON d.id = dp.document_id "
      + "JOIN offer o ON o.id = d.offer_id JOIN supplier s ON s.id = o.supplier_id "
      + "ORDER BY r.score DESC, dp.id DESC";
  private static final String JOINS = " JOIN document_page dp ON dp.id = %s.rowid "
      + "JOIN document d ON d.id = dp.document_id JOIN offer o ON o.id = d.offer_id ";

  private final Database db;

  public Searcher(Database db) {
    this.db = db;
  }

  public SearchResults search(SearchQuery query) {
    Set<String> forms = query.forms();
    if (forms.isEmpty()) return SearchResults.NONE;
    List<Object> binds = new ArrayList<>();
    String hits = db.backend() == Database.Backend.SQLITE ? sqliteHits(query, forms, binds) : postgresqlHits(query, forms, binds);
    binds.add(SearchQuery.PER_PAGE);
    binds.add((query.page() - 1) * SearchQuery.PER_PAGE);
    List<Record> rows = db.read().fetch("WITH hits AS (" + hits + ")" + DETAILS, binds.toArray());
    int total = rows.isEmpty() ? 0 : rows.get(0).get(11, Integer.class);
    return new SearchResults(rows.stream().map(r -> hit(r, forms)).toList(), total, total >= CANDIDATES);
  }

  /** Every form quoted, so that nothing the user typed is read as FTS5 syntax (OR, NEAR, *, -). */
  static String matchExpression(Set<String> forms) {
    return forms.stream().map(f -> "\"" + f.replace("\"", "\"\"") + "\"").collect(Collectors.joining(" "));
  }

  /** FTS5 computes bm25 only for the rows it hands out, so the LIMIT bounds the ranking work. */
  private static String sqliteHits(SearchQuery query, Set<String> forms, List<Object> binds) {
    binds.add(matchExpression(forms));
    if (query.supplier() == null && query.offer() == null) {
      // Alone, FTS5 walks its matches newest first and stops at the limit; joined to the tables
      // a filter needs, it would visit every match before sorting.
      return "SELECT rowid AS page_id, -bm25(page_search) AS score FROM page_search WHERE page_search MATCH ?"
          + " ORDER BY rowid DESC LIMIT " + CANDIDATES;
    }
    return "SELECT page_search.rowid AS page_id, -bm25(page_search) AS score FROM page_search"
        + JOINS.formatted("page_search") + "WHERE page_search MATCH ?" + filters(query, binds)
        + " ORDER BY page_id DESC LIMIT " + CANDIDATES;
  }

  /**
   * Candidates first, ts_rank on them after, so PostgreSQL never ranks more than the limit.
   * plainto_tsquery reads its text as words only, joined by AND: no operator can be typed in.
   */
  private static String postgresqlHits(SearchQuery query, Set<String> forms, List<Object> binds) {
    String words = String.join(" ", forms);
    binds.add(words);
    binds.add(words);
    return "SELECT page_id, ts_rank(tsv, plainto_tsquery('simple', ?)) AS score FROM ("
        + "SELECT ps.rowid AS page_id, ps.tsv FROM page_search ps" + JOINS.formatted("ps")
        + "WHERE ps.tsv @@ plainto_tsquery('simple', ?)" + filters(query, binds)
        + " ORDER BY page_id DESC LIMIT " + CANDIDATES + ") candidates";
  }

  private static String filters(SearchQuery query, List<Object> binds) {
    String sql = "";
    if (query.supplier() != null) {
      sql += " AND o.supplier_id = ?";
      binds.add(query.supplier());
    }
    if (query.offer() != null) {
      sql += " AND o.id = ?";
      binds.add(query.offer());
    }
    return sql;
  }

  private static SearchHit hit(Record r, Set<String> forms) {
    return new SearchHit(r.get(3, Long.class), r.get(4, String.class), r.get(5, String.class), r.get(6, Long.class),
        r.get(7, String.class), r.get(8, Long.class), r.get(9, String.class), r.get(1, Integer.class),
        r.get(10, Double.class), Snippet.cut(r.get(2, String.class), forms));
  }
}
