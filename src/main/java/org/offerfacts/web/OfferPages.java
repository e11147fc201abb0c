package org.offerfacts.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.offerfacts.app.App;
import org.offerfacts.store.Job;
import org.offerfacts.store.NewOffer;
import org.offerfacts.store.Offer;
import org.offerfacts.store.StoredDocument;
import org.offerfacts.store.StoredFact;

/** The offers list, one offer's page, and adding documents to it. */
public final class OfferPages {
  private final App app;

  OfferPages(App app) {
    this.app = app;
  }

  /** A line of the offers list. */
  public record OfferRow(Offer offer, int documents) {}

  public record HomePage(List<OfferRow> offers) {}

  public record OfferPage(Offer offer, List<StoredDocument> documents, List<Job> jobs, List<StoredFact> facts,
      ValueFormat format, boolean working) {}

  void home(Context ctx) {
    Map<Long, Integer> counts = app.documents.countsByOffer();
    List<OfferRow> rows = app.offers.all().stream()
        .map(o -> new OfferRow(o, counts.getOrDefault(o.id(), 0))).toList();
    PageMeta meta = PageMeta.of(ctx, "offerfacts", Messages.of(Language.of(ctx)).t("home.description"));
    Templates.page(ctx, "home.jte", meta, new HomePage(rows));
  }

  void create(Context ctx) {
    Offer offer = app.offers.create(new NewOffer(ctx.formParam("supplier"), ctx.formParam("name"),
        ctx.formParam("kind"), ctx.formParam("url"), price(ctx.formParam("monthly_price")), ctx.formParam("notes")));
    ctx.redirect("/offers/" + offer.id(), HttpStatus.SEE_OTHER);
  }

  void show(Context ctx) {
    Offer offer = offer(ctx);
    List<Job> jobs = app.jobs.ofOffer(offer.id());
    List<StoredFact> facts = new java.util.ArrayList<>(app.facts.ofOffers(List.of(offer.id())));
    java.util.Collections.reverse(facts);
    PageMeta meta = PageMeta.of(ctx, offer.label(), offer.kind() == null ? offer.label() : offer.kind());
    boolean working = jobs.stream().anyMatch(j -> !j.finished());
    Templates.page(ctx, "offer.jte", meta, new OfferPage(offer, app.documents.ofOffer(offer.id()), jobs, facts,
        new ValueFormat(app.catalog, meta.messages()), working));
  }

  /**
   * Files (several at once) and a URL, each queued as a job; the offer page shows their progress.
   * Every file is checked first (see {@link Uploads}); a form with neither is a 400.
   */
  void upload(Context ctx) {
    Offer offer = offer(ctx);
    List<Uploads.Upload> files = Uploads.read(ctx, "file", app.config.maxUploadBytes());
    String url = Uploads.field(ctx, "url");
    boolean hasUrl = url != null && !url.isBlank();
    if (files.isEmpty() && !hasUrl) throw new BadRequestResponse("choose a file or give the address of a page");
    for (Uploads.Upload file : files) {
      app.runner.submit(app.jobs.queueUpload(offer.id(), file.name(), file.bytes(), file.mediaType()));
    }
    if (hasUrl) app.runner.submit(app.jobs.queueUrl(offer.id(), url.strip()));
    ctx.redirect("/offers/" + offer.id(), HttpStatus.SEE_OTHER);
  }

  /**
   * The original bytes, always as a download: a supplier's HTML shown inline from our origin
   * could run its scripts with our visitor's rights.
   */
  void original(Context ctx) {
    StoredDocument doc = app.documents.find(id(ctx)).orElseThrow(() -> new NotFoundResponse("no such document"));
    byte[] bytes = app.contents.bytes(doc.sha256()).orElseThrow(() -> new NotFoundResponse("no such document"));
    String type = app.contents.mediaType(doc.sha256()).orElse("application/octet-stream");
    ctx.header("Content-Disposition", Downloads.attachment(doc.source().replaceAll("[?#].*$", "")));
    ctx.header("Content-Security-Policy", "sandbox");
    ctx.contentType(type).result(bytes);
  }

  private Offer offer(Context ctx) {
    return app.offers.find(id(ctx)).orElseThrow(() -> new NotFoundResponse("no such offer"));
  }

  static long id(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new NotFoundResponse("not found");
    }
  }

  private static BigDecimal price(String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("the monthly price is not a number: " + text);
    }
  }

  /** A file name as the user's browser sent it, reduced to what is safe to show and store. */
  public static String safeName(String name) {
    if (name == null || name.isBlank()) return "upload";
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    base = base.replaceAll("[\\p{Cntrl}\"]", "_").strip();
    return base.isEmpty() ? "upload" : base.length() > 200 ? base.substring(0, 200) : base;
  }
}
