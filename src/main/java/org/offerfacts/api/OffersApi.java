package org.offerfacts.api;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.offerfacts.app.App;
import org.offerfacts.store.NewOffer;
import org.offerfacts.store.Offer;

/** {@code /api/offers}: create, list and show offers. */
public final class OffersApi {
  private static final Set<String> FIELDS = Set.of("supplier", "name", "kind", "url", "monthly_price", "notes");
  private static final BigDecimal MAX_PRICE = new BigDecimal("100000000");

  private final App app;

  public OffersApi(App app) {
    this.app = app;
  }

  /** An offer as the API shows it. */
  record OfferView(long id, String supplier, String name, String kind, String url, BigDecimal monthlyPrice,
      String notes, String createdAt, int documents) {
    static OfferView of(Offer o, int documents) {
      return new OfferView(o.id(), o.supplier(), o.name(), o.kind(), o.url(), o.monthlyPrice(), o.notes(),
          o.createdAt(), documents);
    }
  }

  record OfferDetail(OfferView offer, List<DocumentsApi.DocumentView> documents, List<JobsApi.JobView> jobs) {}

  /**
   * 201 with the new offer's id. The store keeps one offer per supplier and name and hands back
   * the existing one; an offer created before this request began is that case, answered 200.
   */
  public void create(Context ctx) {
    Instant asked = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    JsonBody body = ApiJson.body(ctx).allowOnly(FIELDS);
    Offer offer = app.offers.create(new NewOffer(body.requiredText("supplier", 200), body.requiredText("name", 200),
        body.text("kind", 100), body.url("url"), body.amount("monthly_price", MAX_PRICE), body.text("notes", 4000)));
    boolean existed = Instant.parse(offer.createdAt()).isBefore(asked);
    ctx.header("Location", "/api/offers/" + offer.id());
    ApiJson.write(ctx, existed ? 200 : 201, Map.of("id", offer.id()));
  }

  public void list(Context ctx) {
    Map<Long, Integer> counts = app.documents.countsByOffer();
    List<OfferView> offers = app.offers.all().stream()
        .map(o -> OfferView.of(o, counts.getOrDefault(o.id(), 0))).toList();
    ApiJson.write(ctx, Map.of("offers", offers));
  }

  public void show(Context ctx) {
    Offer offer = find(app, ctx);
    List<DocumentsApi.DocumentView> documents = app.documents.ofOffer(offer.id()).stream()
        .map(DocumentsApi.DocumentView::of).toList();
    List<JobsApi.JobView> jobs = app.jobs.ofOffer(offer.id()).stream().map(JobsApi.JobView::of).toList();
    ApiJson.write(ctx, new OfferDetail(OfferView.of(offer, documents.size()), documents, jobs));
  }

  static Offer find(App app, Context ctx) {
    return app.offers.find(PathIds.id(ctx)).orElseThrow(() -> new NotFoundResponse("no offer " + ctx.pathParam("id")));
  }
}
