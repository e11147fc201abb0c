package org.offerfacts.accounts;

import static org.offerfacts.store.schema.Tables.APP_USER;
import static org.offerfacts.store.schema.Tables.USER_SESSION;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.offerfacts.store.Clock;
import org.offerfacts.store.Database;

/** Browser sessions, kept server-side so that logout and a password change end them for real. */
public final class SessionStore {
  public static final Duration LIFETIME = Duration.ofDays(7);

  private final Database db;
  private final UserStore users;

  public SessionStore(Database db, UserStore users) {
    this.db = db;
    this.users = users;
  }

  public Session open(User user) {
    String secret = Secrets.random();
    String csrf = Secrets.random();
    String expires = Instant.now().plus(LIFETIME).truncatedTo(ChronoUnit.SECONDS).toString();
    db.writeVoid(tx -> tx.insertInto(USER_SESSION)
        .set(USER_SESSION.DIGEST, Secrets.digest(secret))
        .set(USER_SESSION.USER_ID, user.id())
        .set(USER_SESSION.CSRF, csrf)
        .set(USER_SESSION.CREATED_AT, Clock.now())
        .set(USER_SESSION.EXPIRES_AT, expires)
        .execute());
    return new Session(secret, user, csrf, expires);
  }

  /** The live session of this cookie value: not expired, its user not disabled. */
  public Optional<Session> find(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 100) return Optional.empty();
    // One query per request: the session and its user together.
    var row = db.read().select(USER_SESSION.CSRF, USER_SESSION.EXPIRES_AT).select(APP_USER.fields())
        .from(USER_SESSION).join(APP_USER).on(APP_USER.ID.eq(USER_SESSION.USER_ID))
        .where(USER_SESSION.DIGEST.eq(Secrets.digest(secret)))
        .fetchOptional();
    if (row.isEmpty() || Instant.parse(row.get().get(USER_SESSION.EXPIRES_AT)).isBefore(Instant.now())) return Optional.empty();
    User user = UserStore.toUser(row.get());
    if (user.disabled()) return Optional.empty();
    return Optional.of(new Session(secret, user, row.get().get(USER_SESSION.CSRF), row.get().get(USER_SESSION.EXPIRES_AT)));
  }

  public void close(String secret) {
    db.writeVoid(tx -> tx.deleteFrom(USER_SESSION).where(USER_SESSION.DIGEST.eq(Secrets.digest(secret))).execute());
  }

  /** After a password change or when an admin disables someone: every browser is signed out. */
  public void closeAll(long userId) {
    db.writeVoid(tx -> tx.deleteFrom(USER_SESSION).where(USER_SESSION.USER_ID.eq(userId)).execute());
  }
}
