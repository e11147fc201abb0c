package org.offerfacts.accounts;

import org.offerfacts.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Users, their sessions and tokens, the login throttle and the audit log, wired once. */
public final class Accounts {
  private static final Logger log = LoggerFactory.getLogger(Accounts.class);

  public final UserStore users;
  public final SessionStore sessions;
  public final TokenStore tokens;
  public final LoginThrottle throttle = new LoginThrottle();
  public final AuditLog audit;

  public Accounts(Database db) {
    this.users = new UserStore(db);
    this.sessions = new SessionStore(db, users);
    this.tokens = new TokenStore(db, users);
    this.audit = new AuditLog(db);
  }

  /**
   * The first admin of a new installation: the one named by OFFERFACTS_ADMIN_EMAIL and
   * OFFERFACTS_ADMIN_PASSWORD, else "admin" with a one-time password printed to the log, to be
   * changed at first login. Does nothing once anybody exists.
   */
  public void ensureFirstAdmin(String email, String password) {
    if (!users.isEmpty()) return;
    if (email != null && !email.isBlank() && password != null && !password.isBlank()) {
      User admin = users.create(email, Role.ADMIN, password, false);
      audit.record(null, "user.create", admin.email(), "first admin, from the environment");
      log.info("first start: admin {} created from OFFERFACTS_ADMIN_EMAIL", admin.email());
      return;
    }
    String oneTime = Secrets.oneTimePassword();
    users.create("admin", Role.ADMIN, oneTime, true);
    audit.record(null, "user.create", "admin", "first admin, one-time password");
    log.warn("first start: sign in as \"admin\" with the one-time password {} — you will be asked to change it", oneTime);
  }
}
