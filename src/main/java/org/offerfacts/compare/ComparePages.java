package org.offerfacts.compare;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.offerfacts.app.App;
import org.offerfacts.store.Offer;
import org.offerfacts.web.Language;
import org.offerfacts.web.Messages;
import org.offerfacts.web.PageMeta;
import org.offerfacts.web.RenderedBody;
import org.offerfacts.web.ViewCache;
import org.offerfacts.web.Templates;

/** The comparison page, its e-mail version and its downloads, and the same comparison as JSON for the API. */
public final class ComparePages {
  private final App app;
  private final Comparer comparer;
  private final ProfileStore profiles;
  private final ViewCache cache;

  public ComparePages(App app) {
    this.app = app;
    this.profiles = new ProfileStore(app.db);
    this.comparer = new Comparer(app.catalog, app.offers, app.documents, app.facts, profiles);
    this.cache = new ViewCache(app.db);
  }

  /** GET /compare. A form's repeated parameters are sent back to the canonical address, the view's permalink. */
  public void page(Context ctx) {
    PageMeta meta = PageMeta.of(ctx, Messages.of(Language.of(ctx)).t("compare.heading"), "");
    String rawWhere = String.join(",", ctx.queryParams("where"));
    try {
      CompareQuery query = CompareQuery.parse(ctx.queryParamMap());
      if (!query.isWrittenAs(ctx.queryString())) {
        ctx.redirect(withLang(ctx, query.href("/compare")), HttpStatus.SEE_OTHER);
        return;
      }
      // The same link opened by every colleague it was sent to: rendered once per change of data.
      RenderedBody body = cache.get(meta.lang() + "|" + meta.baseUrl() + "|" + query.toQueryString(), () -> {
        List<Offer> offers = app.offers.all();
        ComparisonView view = ComparisonView.of(comparer.compare(query, offers), app.catalog, meta);
        CompareForm form = CompareForm.of(query, Clause.writeAll(query.where()), offers, profiles.all(), app.catalog,
            meta.messages());
        PageMeta titled = titled(meta, view);
        return new RenderedBody(titled.title(), titled.description(), Templates.render("compare-body.jte", titled,
            new ComparePage(form, query.toQueryString().isEmpty(), view, null, meta.baseUrl() + query.href("/compare"),
                query.href("/compare/email"), query.href("/compare.csv"), query.href("/compare.json"))));
      });
      Templates.pageAround(ctx, "compare.jte", meta.withTitle(body.title(), body.description()), body);
    } catch (IllegalArgumentException e) {
      List<Offer> offers = app.offers.all();
      CompareForm form = CompareForm.of(CompareQuery.ALL, rawWhere, offers, profiles.all(), app.catalog, meta.messages());
      String html = Templates.render("compare-body.jte", meta, new ComparePage(form, true, null, e.getMessage(), null, null,
          null, null));
      Templates.page(ctx, "compare.jte", meta, new RenderedBody(meta.title(), meta.description(), html));
      ctx.status(HttpStatus.BAD_REQUEST);
    }
  }

  /** GET /compare/email. */
  public void email(Context ctx) {
    CompareQuery query = CompareQuery.parse(ctx.queryParamMap());
    PageMeta meta = PageMeta.of(ctx, "", "");
    ComparisonView view = ComparisonView.of(comparer.compare(query), app.catalog, meta);
    Templates.page(ctx, "compare_email.jte", titled(meta, view),
        new EmailPage(view, PlainTextTable.of(view, meta.messages()), meta.baseUrl() + query.href("/compare"), query.href("/compare")));
  }

  /** GET /compare.csv: for Excel too, hence the byte order mark. */
  public void csv(Context ctx) {
    CompareQuery query = CompareQuery.parse(ctx.queryParamMap());
    PageMeta meta = PageMeta.of(ctx, "", "");
    ComparisonView view = ComparisonView.of(comparer.compare(query), app.catalog, meta);
    ctx.header("Content-Disposition", "attachment; filename=\"comparison.csv\"");
    ctx.contentType("text/csv; charset=utf-8").result(("\uFEFF" + CsvExport.of(view, meta.messages())).getBytes(StandardCharsets.UTF_8));
  }

  /** GET /compare.json, a download of what GET /api/compare answers. */
  public void json(Context ctx) {
    ctx.header("Content-Disposition", "attachment; filename=\"comparison.json\"");
    api(ctx);
  }

  /** GET /api/compare. */
  public void api(Context ctx) {
    CompareQuery query = CompareQuery.parse(ctx.queryParamMap());
    PageMeta meta = PageMeta.of(ctx, "", "");
    Comparison comparison = comparer.compare(query);
    ctx.json(JsonExport.of(comparison, ComparisonView.of(comparison, app.catalog, meta), app.catalog));
  }

  private static PageMeta titled(PageMeta meta, ComparisonView view) {
    return meta.withTitle(view.title(), view.description());
  }

  private static String withLang(Context ctx, String href) {
    String lang = ctx.queryParam("lang");
    if (lang == null || !lang.matches("[a-z]{2}")) return href;
    return href + (href.contains("?") ? "&" : "?") + "lang=" + lang;
  }
}
