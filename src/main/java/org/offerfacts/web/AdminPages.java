package org.offerfacts.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import org.offerfacts.accounts.Accounts;
import org.offerfacts.accounts.AuditLog;
import org.offerfacts.accounts.Role;
import org.offerfacts.accounts.Secrets;
import org.offerfacts.accounts.User;

/** Users and the audit log, for admins. */
public final class AdminPages {
  private final Accounts accounts;

  AdminPages(Accounts accounts) {
    this.accounts = accounts;
  }

  /** @param created a user just created and their one-time password, shown once; else null */
  public record UsersPage(List<User> users, List<Role> roles, String created, String oneTimePassword) {}

  public record AuditPage(List<AuditLog.Entry> entries) {}

  void users(Context ctx) {
    show(ctx, null, null);
  }

  /** A new user gets a one-time password to pass on; they choose their own at first login. */
  void create(Context ctx) {
    User admin = Auth.user(ctx);
    String oneTime = Secrets.oneTimePassword();
    User user = accounts.users.create(ctx.formParam("email"), Role.of(ctx.formParam("role")), oneTime, true);
    accounts.audit.record(admin.id(), "user.create", user.email(), user.role().id());
    show(ctx, user.email(), oneTime);
  }

  void update(Context ctx) {
    User admin = Auth.user(ctx);
    User user = accounts.users.find(OfferPages.id(ctx)).orElseThrow(() -> new NotFoundResponse("no such user"));
    if (user.id() == admin.id()) throw new IllegalArgumentException("ask another admin to change your own account");
    String role = ctx.formParam("role");
    if (role != null && !role.isBlank()) {
      accounts.users.setRole(user.id(), Role.of(role));
      accounts.audit.record(admin.id(), "user.role", user.email(), role);
    }
    String disabled = ctx.formParam("disabled");
    if (disabled != null) {
      boolean off = disabled.equals("true");
      accounts.users.setDisabled(user.id(), off);
      if (off) accounts.sessions.closeAll(user.id());
      accounts.audit.record(admin.id(), off ? "user.disable" : "user.enable", user.email(), null);
    }
    ctx.redirect("/admin/users", HttpStatus.SEE_OTHER);
  }

  void audit(Context ctx) {
    Templates.page(ctx, "admin-audit.jte", PageMeta.of(ctx, Messages.of(Language.of(ctx)).t("audit.title"), ""),
        new AuditPage(accounts.audit.latest(500)));
  }

  private void show(Context ctx, String created, String oneTime) {
    ctx.header("Cache-Control", "no-store");
    Templates.page(ctx, "admin-users.jte", PageMeta.of(ctx, Messages.of(Language.of(ctx)).t("users.title"), ""),
        new UsersPage(accounts.users.all(), List.of(Role.values()), created, oneTime));
  }
}
