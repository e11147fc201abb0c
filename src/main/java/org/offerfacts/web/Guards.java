package org.offerfacts.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.net.URI;
import java.util.Set;

/**
 * Defences every response gets: headers that stop the browser from running or framing what it
 * should not, and a same-origin check on every request that changes something, so that another
 * site cannot make a visitor's browser post to us.
 */
final class Guards {
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
      + "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private Guards() {}

  static void install(RoutesConfig routes) {
    routes.before(ctx -> {
      ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "same-origin");
      ctx.header("X-Frame-Options", "DENY");
      Language.remember(ctx);
      if (!SAFE_METHODS.contains(ctx.method().name())) requireSameOrigin(ctx);
    });
  }

  /**
   * Browsers send Origin (or at least Referer) with cross-site posts; a request that carries one
   * from elsewhere is refused. Requests with neither come from scripts and API clients, not from
   * a browser tricked by another page.
   */
  private static void requireSameOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null || origin.equals("null")) origin = ctx.header("Referer");
    if (origin == null) return;
    String host;
    try {
      URI uri = URI.create(origin);
      host = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    } catch (IllegalArgumentException e) {
      throw new ForbiddenResponse("cross-site request refused");
    }
    if (host == null || !host.equalsIgnoreCase(ctx.host())) throw new ForbiddenResponse("cross-site request refused");
  }
}
