package org.offerfacts.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import org.offerfacts.accounts.Role;
import org.offerfacts.accounts.User;
import java.nio.charset.StandardCharsets;

/**
 * What every page's frame needs: language and words, title and description (also for link
 * previews), the page's own address (for the language switch and the canonical link), who is
 * signed in, and the CSRF token every form that changes something must carry as {@code _csrf}.
 */
public record PageMeta(Messages messages, String title, String description, String path, String query, String baseUrl,
    User user, String csrf) {

  public static PageMeta of(Context ctx, String title, String description) {
    String query = ctx.queryString();
    return new PageMeta(Messages.of(Language.of(ctx)), title, description, ctx.path(), query == null ? "" : query,
        ctx.scheme() + "://" + ctx.host(), Auth.maybeUser(ctx).orElse(null), Auth.csrf(ctx));
  }

  /** The same frame under another title, once a handler knows what its page shows. */
  public PageMeta withTitle(String newTitle, String newDescription) {
    return new PageMeta(messages, newTitle, newDescription, path, query, baseUrl, user, csrf);
  }

  /** Whether the signed-in user's role includes this one ("editor", "technician", "admin"). */
  public boolean can(String role) {
    return user != null && user.role().includes(Role.of(role));
  }

  public String t(String key, Object... args) {
    return messages.t(key, args);
  }

  /** A monthly price as the reader writes money: "49.90 €", "49,90 €"; empty when unknown. */
  public String price(java.math.BigDecimal amount) {
    if (amount == null) return "";
    java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag(lang()));
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format.format(amount) + " €";
  }

  public String lang() {
    return messages.lang().code();
  }

  /** This page in the other language: the same address with {@code lang} set. */
  public String switchTo(Lang other) {
    StringBuilder q = new StringBuilder();
    for (String pair : query.split("&")) {
      if (pair.isEmpty() || pair.startsWith("lang=")) continue;
      q.append(q.isEmpty() ? "" : "&").append(pair);
    }
    q.append(q.isEmpty() ? "" : "&").append("lang=").append(URLEncoder.encode(other.code(), StandardCharsets.UTF_8));
    return path + "?" + q;
  }

  public Lang otherLang() {
    return messages.lang() == Lang.EN ? Lang.FR : Lang.EN;
  }

  /** The full address of this page, for Open Graph. */
  public String url() {
    return baseUrl + path + (query.isEmpty() ? "" : "?" + query);
  }
}
