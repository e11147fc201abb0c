package org.offerfacts.search;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.offerfacts.app.App;
import org.offerfacts.ingest.Page;
import org.offerfacts.store.Offer;
import org.offerfacts.store.StoredDocument;
import org.offerfacts.store.StoredFact;
import org.offerfacts.web.PageMeta;
import org.offerfacts.web.Templates;
import org.offerfacts.web.ValueFormat;

/** A document read page by page, with the evidence and the searched words marked. */
public final class DocumentPages {
  /** Longer documents are shown one page at a time, with page navigation. */
  static final int WHOLE_UP_TO = 8;

  private final App app;

  public DocumentPages(App app) {
    this.app = app;
  }

  /** A page as shown: its number and its text cut into marked and plain runs. */
  public record PageView(int number, List<Span> spans) {}

  /**
   * @param current the page asked for (evidence and navigation), or 0 when none was
   * @param paged   whether only {@link #current} is shown
   */
  public record DocumentView(StoredDocument document, Offer offer, List<PageView> pages, int current,
      boolean paged, String query, List<StoredFact> facts, ValueFormat format) {
    /** The page the navigation starts from: the one asked for, else the first. */
    public int shown() {
      return Math.max(current, 1);
    }

    public String pageUrl(int n) {
      String q = query.isEmpty() ? "" : "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
      return "/documents/" + document.id() + "?page=" + n + q;
    }
  }

  public void show(Context ctx) {
    StoredDocument doc = app.documents.find(id(ctx)).orElseThrow(() -> new NotFoundResponse("no such document"));
    Offer offer = app.offers.find(doc.offerId()).orElseThrow();
    SearchQuery query = SearchQuery.of(ctx.queryParam("q"));
    int current = pageNumber(ctx.queryParam("page"), doc.pages());
    boolean paged = doc.pages() > WHOLE_UP_TO;
    List<Page> pages = paged
        ? app.documents.page(doc.id(), Math.max(current, 1)).stream().toList()
        : app.documents.pages(doc.id());
    Set<String> forms = query.forms();
    int[] evidence = Evidence.range(ctx.queryParam("hl"));
    List<PageView> views = pages.stream().map(p -> new PageView(p.number(),
        Highlighter.spans(p.text(), 0, p.text().length(), forms, p.number() == current ? evidence : null))).toList();
    PageMeta meta = PageMeta.of(ctx, doc.title() == null ? doc.source() : doc.title(), offer.label());
    Templates.page(ctx, "document.jte", meta, new DocumentView(doc, offer, views, current, paged, query.text(),
        app.facts.ofDocument(doc.id()), new ValueFormat(app.catalog, meta.messages())));
  }

  private static long id(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new NotFoundResponse("no such document");
    }
  }

  /** The page asked for, or 0; a page the document does not have is an error, not an empty view. */
  private static int pageNumber(String value, int pages) {
    if (value == null || value.isBlank()) return 0;
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1 && n <= pages) return n;
    } catch (NumberFormatException e) {
      // falls through to the same answer as a page out of range
    }
    throw new NotFoundResponse("no such page in this document");
  }
}
