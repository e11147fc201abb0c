package org.offerfacts.web;

import io.javalin.http.Context;

/**
 * The session cookie, named by how the browser reached us. Over HTTPS it is
 * {@code __Host-offerfacts_session}: browsers accept a cookie of that prefix only with Secure,
 * Path=/ and no Domain, so no sibling subdomain and no plain-HTTP page can plant or overwrite it.
 * On plain {@code http://localhost} the prefix cannot be used (Secure cookies are refused over
 * HTTP by some browsers, even on localhost), so the name stays unprefixed there. Each scheme reads
 * only its own name: over HTTPS a planted unprefixed cookie is never looked at.
 *
 * <p>HTTPS is known from the connection, or from {@code X-Forwarded-Proto} set by the reverse
 * proxy that terminates TLS (the supported deployment, see SECURITY.md). A client forging that
 * header on plain HTTP only gets a Secure cookie its browser will not send back.
 */
final class SessionCookie {
  static final String PLAIN = "offerfacts_session";
  static final String HOST_ONLY = "__Host-offerfacts_session";

  private SessionCookie() {}

  static String name(Context ctx) {
    return overHttps(ctx) ? HOST_ONLY : PLAIN;
  }

  static String read(Context ctx) {
    return ctx.cookie(name(ctx));
  }

  /**
   * HttpOnly: no script reads it. SameSite=Lax: another site cannot post with it, yet a link in an
   * e-mail still opens the view signed in.
   */
  static void write(Context ctx, String value, int maxAgeSeconds) {
    boolean https = overHttps(ctx);
    ctx.res().addHeader("Set-Cookie", name(ctx) + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds
        + "; HttpOnly; SameSite=Lax" + (https ? "; Secure" : ""));
  }

  static boolean overHttps(Context ctx) {
    return "https".equals(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }
}
