package org.offerfacts.search;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.offerfacts.app.App;
import org.offerfacts.store.Offer;
import org.offerfacts.web.Language;
import org.offerfacts.web.Messages;
import org.offerfacts.web.PageMeta;
import org.offerfacts.web.Templates;

/** The search page and its JSON twin. */
public final class SearchPages {
  private final App app;

  public SearchPages(App app) {
    this.app = app;
  }

  /** A supplier in the filter list. */
  public record SupplierChoice(long id, String name) {}

  /**
   * @param noWords the query held nothing searchable (only punctuation, say)
   */
  public record SearchPage(SearchQuery query, SearchResults results, List<Offer> offers,
      List<SupplierChoice> suppliers, boolean noWords) {
    /** The rank of the first result shown, for the numbered list. */
    public int firstNumber() {
      return (query.page() - 1) * SearchQuery.PER_PAGE + 1;
    }

    public String previous() {
      return query.page() > 1 ? query.atPage(query.page() - 1).url() : null;
    }

    public String next() {
      boolean more = query.page() * SearchQuery.PER_PAGE < results.total()
          && query.page() < Searcher.CANDIDATES / SearchQuery.PER_PAGE;
      return more ? query.atPage(query.page() + 1).url() : null;
    }
  }

  public void page(Context ctx) {
    SearchQuery query = SearchQuery.from(ctx);
    SearchResults results = query.isEmpty() ? SearchResults.NONE : app.search.search(query);
    List<Offer> offers = app.offers.all();
    Messages words = Messages.of(Language.of(ctx));
    PageMeta meta = PageMeta.of(ctx, query.isEmpty() ? words.t("search.title") : query.text(), words.t("search.description"));
    Templates.page(ctx, "search.jte", meta, new SearchPage(query, results, offers, suppliers(offers),
        !query.isEmpty() && query.forms().isEmpty()));
  }

  public void api(Context ctx) {
    SearchQuery query = SearchQuery.from(ctx);
    if (query.isEmpty()) throw new IllegalArgumentException("the query q is empty");
    if (query.forms().isEmpty()) throw new IllegalArgumentException("the query q holds no word to search");
    SearchResults results = app.search.search(query);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", query.text());
    body.put("page", query.page());
    body.put("total", results.total());
    body.put("capped", results.capped());
    body.put("results", results.hits().stream().map(h -> json(h, query)).toList());
    ctx.json(body);
  }

  private static Map<String, Object> json(SearchHit h, SearchQuery query) {
    Map<String, Object> hit = new LinkedHashMap<>();
    hit.put("document", Map.of("id", h.documentId(), "title", h.documentLabel()));
    hit.put("offer", Map.of("id", h.offerId(), "name", h.offer()));
    hit.put("supplier", Map.of("id", h.supplierId(), "name", h.supplier()));
    hit.put("page", h.page());
    hit.put("score", h.score());
    hit.put("snippet", Map.of("text", h.snippet().text(), "highlights", h.snippet().highlights()));
    hit.put("link", h.link(query.text()));
    return hit;
  }

  private static List<SupplierChoice> suppliers(List<Offer> offers) {
    Map<Long, String> names = new LinkedHashMap<>();
    offers.forEach(o -> names.putIfAbsent(o.supplierId(), o.supplier()));
    return names.entrySet().stream().map(e -> new SupplierChoice(e.getKey(), e.getValue())).toList();
  }
}
