package org.offerfacts.share;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.offerfacts.app.App;
import org.offerfacts.web.Auth;
import org.offerfacts.web.Messages;
import org.offerfacts.web.PageMeta;
import org.offerfacts.web.Templates;
import org.offerfacts.web.Language;

/** The list of share links (/shares), making and revoking them, and the public page of one (/share/{token}). */
public final class SharePages {
  private final App app;
  private final ShareLinks links;

  public SharePages(App app, ShareLinks links) {
    this.app = app;
    this.links = links;
  }

  /** What /shares shows; {@code made} is the link just made, whose address is shown this once. */
  public record SharesPage(List<ShareLink> links, String madeUrl, boolean everybody) {}

  /** The 404 and 410 of a share link, in its own bare frame. */
  public record GonePage(int status) {}

  /** GET /shares. */
  public void list(Context ctx) {
    render(ctx, null);
  }

  /** POST /shares, from the "Share…" form of a comparison (view) or an offer (offer). */
  public void create(Context ctx) {
    var who = Auth.user(ctx);
    var expires = ShareLinks.expiry(ctx.formParam("expires"));
    String offer = ctx.formParam("offer");
    ShareLinks.Made made = offer != null && !offer.isBlank()
        ? links.shareOffer(who, offerId(offer), expires)
        : links.shareComparison(who, ctx.formParam("view"), expires);
    ctx.status(HttpStatus.CREATED);
    render(ctx, PageMeta.of(ctx, "", "").baseUrl() + made.path());
  }

  /** POST /shares/{id}/revoke. */
  public void revoke(Context ctx) {
    links.revoke(Auth.user(ctx), SharesApi.id(ctx));
    ctx.redirect("/shares", HttpStatus.SEE_OTHER);
  }

  /**
   * GET /share/{token} and /share/{token}.json, for anybody with the link. No referrer leaves
   * the page (the token is in its address) and search engines are asked not to keep it.
   */
  public void open(Context ctx) {
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Robots-Tag", "noindex, nofollow");
    ctx.header("Cache-Control", "no-store");
    String token = ctx.pathParam("token");
    boolean json = token.endsWith(".json");
    ShareLinks.Opened opened;
    try {
      opened = links.open(json ? token.substring(0, token.length() - 5) : token);
    } catch (HttpResponseException e) {
      ctx.status(e.getStatus());
      if (json) ctx.json(Map.of("error", e.getMessage(), "status", e.getStatus()));
      else Templates.page(ctx, "share-gone.jte", meta(ctx, words(ctx).t(e.getStatus() == 410 ? "share.gone_title" : "share.missing_title")),
          new GonePage(e.getStatus()));
      return;
    }
    if (json) {
      ctx.json(Map.of("title", opened.link().title(), "kind", opened.link().kind(), "changed", opened.changes().count(),
          "expires", opened.link().expiresOn() == null ? "" : opened.link().expiresOn().toString(), "snapshot", opened.snapshot()));
      return;
    }
    PageMeta meta = meta(ctx, "");
    ShareView view = ShareView.of(opened, app.catalog, meta);
    Templates.page(ctx, "share.jte", meta.withTitle(view.title(), view.title()), view);
  }

  private void render(Context ctx, String madeUrl) {
    var who = Auth.user(ctx);
    PageMeta meta = meta(ctx, words(ctx).t("share.list_title"));
    Templates.page(ctx, "shares.jte", meta, new SharesPage(links.visibleTo(who), madeUrl, meta.can("admin")));
  }

  private static PageMeta meta(Context ctx, String title) {
    return PageMeta.of(ctx, title, "");
  }

  private static Messages words(Context ctx) {
    return Messages.of(Language.of(ctx));
  }

  private static long offerId(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("offer: '" + text + "' is not an offer id");
    }
  }
}
