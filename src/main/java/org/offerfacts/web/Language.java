package org.offerfacts.web;

import io.javalin.http.Context;

/**
 * Chooses the interface language of a request: an explicit {@code ?lang=} (remembered in a
 * cookie), else the cookie, else the browser's Accept-Language.
 */
public final class Language {
  static final String COOKIE = "lang";

  private Language() {}

  public static Lang of(Context ctx) {
    Lang asked = Lang.of(ctx.queryParam("lang"));
    if (asked != null) return asked;
    Lang remembered = Lang.of(ctx.cookie(COOKIE));
    if (remembered != null) return remembered;
    return Lang.fromAcceptLanguage(ctx.header("Accept-Language"));
  }

  /** Remembers an explicit choice for the pages that follow. */
  static void remember(Context ctx) {
    Lang asked = Lang.of(ctx.queryParam("lang"));
    if (asked != null) {
      ctx.res().addHeader("Set-Cookie", COOKIE + "=" + asked.code() + "; Path=/; Max-Age=31536000; SameSite=Lax");
    }
  }
}
