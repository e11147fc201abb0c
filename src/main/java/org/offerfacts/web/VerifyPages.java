package org.offerfacts.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.offerfacts.app.App;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.Condition;
import org.offerfacts.store.Offer;
import org.offerfacts.store.StoredDocument;
import org.offerfacts.store.StoredFact;
import org.offerfacts.verify.Evidence;
import org.offerfacts.verify.EvidenceKind;
import org.offerfacts.verify.ReviewQueue;
import org.offerfacts.verify.Values;
import org.offerfacts.verify.Verification;

/** A cell's timeline, a technician's answer to it, and the review queue. */
public final class VerifyPages {
  private static final long MAX_ATTACHMENT = 20L * 1024 * 1024;

  private final App app;

  VerifyPages(App app) {
    this.app = app;
  }

  /** One entry of a timeline with its attached files. */
  public record Entry(StoredFact fact, List<Verification.Attached> attachments, EvidenceKind kind) {}

  public record CellPage(Offer offer, Attribute attribute, List<Entry> timeline, List<Condition> conditions,
      List<StoredDocument> documents, ValueFormat format, String error) {}

  public record ReviewPage(List<ReviewQueue.Item> items, ValueFormat format) {}

  void cell(Context ctx) {
    show(ctx, null);
  }

  private void show(Context ctx, String error) {
    Offer offer = offer(ctx);
    Attribute attribute = attribute(ctx);
    List<Entry> timeline = new ArrayList<>();
    for (StoredFact f : app.facts.ofOffers(List.of(offer.id()))) {
      if (!f.attribute().equals(attribute.id())) continue;
      StoredDocument doc = f.documentId() == null ? null : app.documents.find(f.documentId()).orElse(null);
      timeline.add(new Entry(f, app.verification.attachments(f.id()), EvidenceKind.of(f, doc)));
    }
    Collections.reverse(timeline);
    PageMeta meta = PageMeta.of(ctx, offer.label() + " — " + attribute.label().in(Language.of(ctx).code()),
        attribute.meaning().in(Language.of(ctx).code()));
    Templates.page(ctx, "cell.jte", meta, new CellPage(offer, attribute, timeline, List.copyOf(app.catalog.conditions()),
        app.documents.ofOffer(offer.id()), new ValueFormat(app.catalog, meta.messages()), error));
  }

  /** Confirms a fact with its own quote, or records the value typed with the evidence given. */
  void verify(Context ctx) throws IOException {
    Offer offer = offer(ctx);
    Attribute attribute = attribute(ctx);
    try {
      String confirm = ctx.formParam("confirm_fact");
      if (confirm != null && !confirm.isBlank()) {
        StoredFact fact = app.facts.find(Long.parseLong(confirm))
            .filter(f -> f.offerId() == offer.id() && f.attribute().equals(attribute.id()))
            .orElseThrow(() -> new NotFoundResponse("no such fact in this cell"));
        Evidence evidence = new Evidence(ctx.formParam("note"), null, fact.documentId() == null || fact.quote() == null
            ? null : new Evidence.Quote(fact.documentId(), fact.page(), fact.quote()));
        app.verification.verify(Auth.user(ctx), offer.id(), attribute.id(), fact.value(), fact.conditions(), evidence);
      } else {
        Object value = Values.parse(attribute, ctx.formParam("value"));
        app.verification.verify(Auth.user(ctx), offer.id(), attribute.id(), value, ctx.formParams("conditions"),
            new Evidence(ctx.formParam("note"), attachment(ctx), quote(ctx)));
      }
    } catch (IllegalArgumentException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      show(ctx, e.getMessage());
      return;
    }
    String back = ctx.formParam("back");
    ctx.redirect("review".equals(back) ? "/review" : "/offers/" + offer.id() + "/facts/" + attribute.id(), HttpStatus.SEE_OTHER);
  }

  void attachmentDownload(Context ctx) {
    long factId = OfferPages.id(ctx);
    String sha = ctx.pathParam("sha");
    Verification.Attached file = app.verification.attachment(factId, sha)
        .orElseThrow(() -> new NotFoundResponse("no such attachment"));
    byte[] bytes = app.contents.bytes(sha).orElseThrow(() -> new NotFoundResponse("no such attachment"));
    ctx.header("Content-Disposition", Downloads.attachment(file.fileName()));
    ctx.header("Content-Security-Policy", "sandbox");
    ctx.contentType(app.contents.mediaType(sha).orElse("application/octet-stream")).result(bytes);
  }

  void review(Context ctx) {
    PageMeta meta = PageMeta.of(ctx, Messages.of(Language.of(ctx)).t("review.title"), "");
    Templates.page(ctx, "review.jte", meta, new ReviewPage(app.review.items(), new ValueFormat(app.catalog, meta.messages())));
  }

  private static Evidence.Attachment attachment(Context ctx) throws IOException {
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null || file.size() == 0) return null;
    if (file.size() > MAX_ATTACHMENT) throw new IllegalArgumentException("an attached file has at most 20 MiB");
    try (InputStream in = file.content()) {
      return new Evidence.Attachment(OfferPages.safeName(file.filename()), file.contentType(), in.readAllBytes());
    }
  }

  private static Evidence.Quote quote(Context ctx) {
    String text = ctx.formParam("quote_text");
    if (text == null || text.isBlank()) return null;
    try {
      return new Evidence.Quote(Long.parseLong(ctx.formParam("quote_document")), Integer.parseInt(ctx.formParam("quote_page")),
          text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a quote needs its document and page");
    }
  }

  private Offer offer(Context ctx) {
    return app.offers.find(OfferPages.id(ctx)).orElseThrow(() -> new NotFoundResponse("no such offer"));
  }

  private Attribute attribute(Context ctx) {
    return app.catalog.attribute(ctx.pathParam("attr")).orElseThrow(() -> new NotFoundResponse("no such attribute"));
  }
}
