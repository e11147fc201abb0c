package org.offerfacts.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.offerfacts.app.App;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.verify.Evidence;
import org.offerfacts.verify.Values;
import org.offerfacts.web.Auth;

/**
 * A technician's answer through the API ({@code POST /api/offers/{id}/facts/{attr}/verify}) and
 * the review queue ({@code GET /api/review}): the same rules as the pages, evidence required.
 */
public final class VerifyApi {
  private static final Set<String> FIELDS = Set.of("value", "conditions", "note", "quote");

  private final App app;

  public VerifyApi(App app) {
    this.app = app;
  }

  /** One entry of the review queue. */
  record ReviewItem(long offer, String attribute, String reason, long fact, Object value, List<String> conditions,
      Double confidence, Object verifiedValue) {}

  public void verify(Context ctx) {
    long offerId = PathIds.id(ctx);
    if (app.offers.find(offerId).isEmpty()) throw new NotFoundResponse("no such offer: " + offerId);
    Attribute attribute = app.catalog.attribute(ctx.pathParam("attr"))
        .orElseThrow(() -> new NotFoundResponse("no such attribute: " + ctx.pathParam("attr")));
    JsonBody body = ApiJson.body(ctx).allowOnly(FIELDS);
    JsonNode value = body.raw("value");
    if (value == null) throw new BadRequestResponse("value is required");
    List<String> conditions = new ArrayList<>();
    JsonNode given = body.raw("conditions");
    if (given != null) {
      if (!given.isArray()) throw new BadRequestResponse("conditions must be an array of condition ids");
      given.forEach(c -> conditions.add(c.asText()));
    }
    Evidence.Quote quote = null;
    JsonNode q = body.raw("quote");
    if (q != null) {
      if (!q.isObject() || !q.path("document").isIntegralNumber() || !q.path("page").isIntegralNumber() || !q.path("text").isTextual()) {
        throw new BadRequestResponse("quote must be {\"document\": id, \"page\": n, \"text\": \"...\"}");
      }
      quote = new Evidence.Quote(q.get("document").asLong(), q.get("page").asInt(), q.get("text").asText());
    }
    long id = app.verification.verify(Auth.user(ctx), offerId, attribute.id(),
        Values.parse(attribute, value.isTextual() ? value.asText() : value.toString()), conditions,
        new Evidence(body.text("note", Evidence.MAX_NOTE), null, quote));
    ctx.header("Location", "/api/offers/" + offerId + "/facts");
    ApiJson.write(ctx, 201, Map.of("id", id));
  }

  public void review(Context ctx) {
    List<ReviewItem> items = app.review.items().stream().map(i -> new ReviewItem(i.offer().id(), i.fact().attribute(),
        i.reason().name().toLowerCase(java.util.Locale.ROOT), i.fact().id(), i.fact().value(), i.fact().conditions(),
        i.fact().confidence(), i.verified() == null ? null : i.verified().value())).toList();
    ApiJson.write(ctx, Map.of("items", items));
  }
}
