package org.offerfacts.share;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.offerfacts.accounts.User;
import org.offerfacts.web.Auth;
import org.offerfacts.web.PageMeta;

/** {@code /api/shares}: make a link (its token is answered once), list them, revoke one. */
public final class SharesApi {
  private static final Set<String> FIELDS = Set.of("view", "offer", "expires");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ShareLinks links;

  public SharesApi(ShareLinks links) {
    this.links = links;
  }

  /** A link as the API lists it. */
  record LinkView(long id, String kind, String view, String title, String createdBy, String createdAt, String expires,
      boolean revoked, boolean live, int opened, String lastOpenedAt) {
    static LinkView of(ShareLink l) {
      return new LinkView(l.id(), l.kind(), l.viewPath(), l.title(), l.creator(), l.createdAt(),
          l.expiresOn() == null ? null : l.expiresOn().toString(), l.revoked(), l.live(), l.openedCount(), l.lastOpenedAt());
    }
  }

  /** POST /api/shares {"view": "/compare?offers=1,2"} or {"offer": 1}, with "expires" optionally. */
  public void create(Context ctx) {
    JsonNode body = body(ctx);
    User who = Auth.user(ctx);
    LocalDate expires = ShareLinks.expiry(text(body, "expires"));
    JsonNode offer = body.get("offer");
    if ((offer == null || offer.isNull()) == (text(body, "view") == null)) {
      throw new IllegalArgumentException("give either view or offer");
    }
    ShareLinks.Made made;
    if (offer != null && !offer.isNull()) {
      if (!offer.canConvertToLong() || !offer.isIntegralNumber()) throw new IllegalArgumentException("offer must be an offer id");
      made = links.shareOffer(who, offer.asLong(), expires);
    } else {
      made = links.shareComparison(who, text(body, "view"), expires);
    }
    String url = PageMeta.of(ctx, "", "").baseUrl() + made.path();
    ctx.status(HttpStatus.CREATED).header("Location", "/api/shares");
    ctx.json(Map.of("id", made.id(), "url", url, "token", made.token()));
  }

  /** GET /api/shares: the caller's links, everybody's for an admin. */
  public void list(Context ctx) {
    List<LinkView> views = links.visibleTo(Auth.user(ctx)).stream().map(LinkView::of).toList();
    ctx.json(Map.of("shares", views));
  }

  /** POST /api/shares/{id}/revoke. */
  public void revoke(Context ctx) {
    ctx.json(LinkView.of(links.revoke(Auth.user(ctx), id(ctx))));
  }

  static long id(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new NotFoundResponse("no such share link");
    }
  }

  private static JsonNode body(Context ctx) {
    JsonNode body;
    try {
      body = JSON.readTree(ctx.body());
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("the body is not JSON");
    }
    if (body == null || !body.isObject()) throw new IllegalArgumentException("the body must be a JSON object");
    body.fieldNames().forEachRemaining(name -> {
      if (!FIELDS.contains(name)) throw new IllegalArgumentException("unknown field " + name + "; allowed: expires, offer, view");
    });
    return body;
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) return null;
    if (!value.isTextual()) throw new IllegalArgumentException(field + " must be a string");
    return value.asText().isBlank() ? null : value.asText();
  }
}
