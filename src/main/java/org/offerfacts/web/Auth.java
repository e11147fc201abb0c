package org.offerfacts.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.offerfacts.accounts.Accounts;
import org.offerfacts.accounts.Session;
import org.offerfacts.accounts.User;

/**
 * Who is asking, before any route runs: an API client by its bearer token, a browser by its
 * session cookie. Pages send strangers to the login page with the page they asked for, so that a
 * link from an e-mail leads to its view after login; the API answers 401. A browser's
 * state-changing requests must carry the session's CSRF token.
 */
public final class Auth {
  /** The session cookie's name on plain HTTP; over HTTPS it has the __Host- prefix ({@link SessionCookie}). */
  static final String COOKIE = SessionCookie.PLAIN;
  private static final String USER = "offerfacts.user";
  private static final String SESSION = "offerfacts.session";

  private Auth() {}

  static void install(RoutesConfig routes, Accounts accounts) {
    routes.before(ctx -> check(ctx, accounts));
  }

  private static void check(Context ctx, Accounts accounts) {
    String method = ctx.method().name();
    String path = ctx.path();
    Optional<User> user = Optional.empty();
    String bearer = bearer(ctx);
    if (bearer != null) {
      user = accounts.tokens.authenticate(bearer);
      if (user.isEmpty()) throw new UnauthorizedResponse("invalid or revoked API token");
    } else {
      Optional<Session> session = accounts.sessions.find(SessionCookie.read(ctx));
      session.ifPresent(s -> ctx.attribute(SESSION, s));
      user = session.map(Session::user);
    }
    user.ifPresent(u -> ctx.attribute(USER, u));
    if (Access.isPublic(method, path)) return;
    if (user.isEmpty()) {
      if (path.startsWith("/api/") || !Access.isSafe(method)) throw new UnauthorizedResponse("sign in first");
      ctx.redirect("/login?next=" + URLEncoder.encode(pathAndQuery(ctx), StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
      ctx.skipRemainingHandlers();
      return;
    }
    Session session = ctx.attribute(SESSION);
    if (session != null && !Access.isSafe(method)) requireCsrf(ctx, session);
    if (session != null && user.get().mustChangePassword() && !path.startsWith("/account/password")
        && !path.equals("/logout")) {
      ctx.redirect("/account/password", HttpStatus.SEE_OTHER);
      ctx.skipRemainingHandlers();
      return;
    }
    if (!user.get().role().includes(Access.required(method, path))) {
      throw new ForbiddenResponse("your role (" + user.get().role().id() + ") does not allow this");
    }
  }

  /** The signed-in user of this request; every protected route has one. */
  public static User user(Context ctx) {
    User user = ctx.attribute(USER);
    if (user == null) throw new UnauthorizedResponse("sign in first");
    return user;
  }

  public static Optional<User> maybeUser(Context ctx) {
    return Optional.ofNullable(ctx.attribute(USER));
  }

  /** The CSRF token forms of this page must carry; empty for API clients, who have none. */
  public static String csrf(Context ctx) {
    Session session = ctx.attribute(SESSION);
    return session == null ? "" : session.csrf();
  }

  static Optional<Session> session(Context ctx) {
    return Optional.ofNullable(ctx.attribute(SESSION));
  }

  private static void requireCsrf(Context ctx, Session session) {
    String sent = ctx.header("X-CSRF-Token");
    if (sent == null) sent = ctx.formParam("_csrf");
    if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
        session.csrf().getBytes(StandardCharsets.UTF_8))) {
      throw new ForbiddenResponse("the form has expired or did not come from this site: reload the page and try again");
    }
  }

  private static String bearer(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) return null;
    return header.substring(7).strip();
  }

  static String pathAndQuery(Context ctx) {
    String query = ctx.queryString();
    return ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
  }

  /** A place to go after login: only a path of this site, never another host ("//evil", "/\evil"). */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
        || next.chars().anyMatch(Character::isISOControl)) {
      return "/";
    }
    return next;
  }
}
