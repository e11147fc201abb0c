package org.offerfacts.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.offerfacts.accounts.Accounts;
import org.offerfacts.accounts.ApiToken;
import org.offerfacts.accounts.Passwords;
import org.offerfacts.accounts.Session;
import org.offerfacts.accounts.User;

/** Signing in and out, one's password, one's API tokens. */
public final class AccountPages {
  private final Accounts accounts;

  AccountPages(Accounts accounts) {
    this.accounts = accounts;
  }

  public record LoginPage(String next, String email, String error) {}

  public record PasswordPage(boolean required, String error) {}

  /** @param newToken the secret of a token just made, shown this once; else null */
  public record AccountPage(User user, List<ApiToken> tokens, String newToken) {}

  void loginForm(Context ctx) {
    if (Auth.maybeUser(ctx).isPresent()) {
      ctx.redirect(Auth.safeNext(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
      return;
    }
    showLogin(ctx, ctx.queryParam("next"), "", null);
  }

  void login(Context ctx) {
    String email = ctx.formParam("email");
    String next = Auth.safeNext(ctx.formParam("next"));
    String address = ctx.ip();
    Messages words = Messages.of(Language.of(ctx));
    if (!accounts.throttle.allows(email, address)) {
      ctx.status(HttpStatus.TOO_MANY_REQUESTS);
      showLogin(ctx, next, email, words.t("login.throttled"));
      return;
    }
    var user = accounts.users.authenticate(email == null ? "" : email, ctx.formParam("password"));
    if (user.isEmpty()) {
      accounts.throttle.failed(email, address);
      ctx.status(HttpStatus.UNAUTHORIZED);
      showLogin(ctx, next, email, words.t("login.failed"));
      return;
    }
    accounts.throttle.succeeded(email);
    Session session = accounts.sessions.open(user.get());
    SessionCookie.write(ctx, session.secret(), (int) org.offerfacts.accounts.SessionStore.LIFETIME.toSeconds());
    accounts.audit.record(user.get().id(), "login", user.get().email(), address);
    ctx.redirect(user.get().mustChangePassword() ? "/account/password" : next, HttpStatus.SEE_OTHER);
  }

  void logout(Context ctx) {
    Auth.session(ctx).ifPresent(s -> accounts.sessions.close(s.secret()));
    SessionCookie.write(ctx, "", 0);
    ctx.redirect("/login", HttpStatus.SEE_OTHER);
  }

  void passwordForm(Context ctx) {
    User user = Auth.user(ctx);
    Templates.page(ctx, "password.jte", PageMeta.of(ctx, meta(ctx).t("password.title"), ""),
        new PasswordPage(user.mustChangePassword(), null));
  }

  /** A new password ends every other session of the user, then opens a fresh one here. */
  void changePassword(Context ctx) {
    User user = Auth.user(ctx);
    String current = ctx.formParam("current");
    String fresh = ctx.formParam("password");
    String error = null;
    if (accounts.users.authenticate(user.email(), current).isEmpty()) {
      error = meta(ctx).t("password.wrong_current");
    } else if (fresh == null || !fresh.equals(ctx.formParam("confirm"))) {
      error = meta(ctx).t("password.mismatch");
    } else {
      try {
        Passwords.check(fresh);
      } catch (IllegalArgumentException e) {
        error = meta(ctx).t("password.too_short", Passwords.MIN_LENGTH);
      }
    }
    if (error != null) {
      ctx.status(HttpStatus.BAD_REQUEST);
      Templates.page(ctx, "password.jte", PageMeta.of(ctx, meta(ctx).t("password.title"), ""),
          new PasswordPage(user.mustChangePassword(), error));
      return;
    }
    accounts.users.changePassword(user.id(), fresh);
    accounts.sessions.closeAll(user.id());
    Session session = accounts.sessions.open(accounts.users.find(user.id()).orElseThrow());
    SessionCookie.write(ctx, session.secret(), (int) org.offerfacts.accounts.SessionStore.LIFETIME.toSeconds());
    accounts.audit.record(user.id(), "password.change", user.email(), null);
    ctx.redirect("/account", HttpStatus.SEE_OTHER);
  }

  void account(Context ctx) {
    User user = Auth.user(ctx);
    showAccount(ctx, user, null);
  }

  void createToken(Context ctx) {
    User user = Auth.user(ctx);
    String secret = accounts.tokens.create(user.id(), ctx.formParam("name"));
    accounts.audit.record(user.id(), "token.create", user.email(), ctx.formParam("name"));
    showAccount(ctx, user, secret);
  }

  void revokeToken(Context ctx) {
    User user = Auth.user(ctx);
    long id = OfferPages.id(ctx);
    if (accounts.tokens.revoke(user.id(), id)) accounts.audit.record(user.id(), "token.revoke", user.email(), "token " + id);
    ctx.redirect("/account", HttpStatus.SEE_OTHER);
  }

  private void showAccount(Context ctx, User user, String newToken) {
    ctx.header("Cache-Control", "no-store");
    Templates.page(ctx, "account.jte", PageMeta.of(ctx, meta(ctx).t("account.title"), ""),
        new AccountPage(user, accounts.tokens.ofUser(user.id()), newToken));
  }

  private static void showLogin(Context ctx, String next, String email, String error) {
    Templates.page(ctx, "login.jte", PageMeta.of(ctx, meta(ctx).t("login.title"), meta(ctx).t("home.description")),
        new LoginPage(Auth.safeNext(next), email == null ? "" : email, error));
  }

  private static Messages meta(Context ctx) {
    return Messages.of(Language.of(ctx));
  }
}
