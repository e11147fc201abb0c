package org.offerfacts.accounts;

import static org.offerfacts.store.schema.Tables.API_TOKEN;
import static org.offerfacts.store.schema.Tables.APP_USER;

import java.util.List;
import java.util.Optional;
import org.jooq.Record;
import org.offerfacts.store.Clock;
import org.offerfacts.store.Database;

/** Bearer tokens for API clients, each acting as the user who made it. */
public final class TokenStore {
  /** Tokens start with this, so that a leaked one is easy to recognise in logs and by scanners. */
  public static final String PREFIX = "oft_";

  private final Database db;
  private final UserStore users;

  public TokenStore(Database db, UserStore users) {
    this.db = db;
    this.users = users;
  }

  /** Makes a token and returns its secret: shown once, never again. */
  public String create(long userId, String name) {
    String label = name == null || name.isBlank() ? "token" : name.strip();
    if (label.length() > 100) throw new IllegalArgumentException("a token name has at most 100 characters");
    String secret = PREFIX + Secrets.random();
    db.writeVoid(tx -> tx.insertInto(API_TOKEN)
        .set(API_TOKEN.USER_ID, userId)
        .set(API_TOKEN.NAME, label)
        .set(API_TOKEN.DIGEST, Secrets.digest(secret))
        .set(API_TOKEN.PREFIX, secret.substring(0, PREFIX.length() + 6))
        .set(API_TOKEN.CREATED_AT, Clock.now())
        .execute());
    return secret;
  }

  /** The user a live token acts for. */
  public Optional<User> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) return Optional.empty();
    var row = db.read().select(API_TOKEN.ID, API_TOKEN.LAST_USED_AT).select(APP_USER.fields())
        .from(API_TOKEN).join(APP_USER).on(APP_USER.ID.eq(API_TOKEN.USER_ID))
        .where(API_TOKEN.DIGEST.eq(Secrets.digest(secret)).and(API_TOKEN.REVOKED_AT.isNull()))
        .fetchOptional();
    if (row.isEmpty()) return Optional.empty();
    // "Last used" to the hour is enough to spot a forgotten token, and spares a write per request.
    String lastUsed = row.get().get(API_TOKEN.LAST_USED_AT);
    if (lastUsed == null || java.time.Instant.parse(lastUsed).isBefore(java.time.Instant.now().minusSeconds(3600))) {
      long id = row.get().get(API_TOKEN.ID);
      db.writeVoid(tx -> tx.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, Clock.now()).where(API_TOKEN.ID.eq(id)).execute());
    }
    User user = UserStore.toUser(row.get());
    return user.disabled() ? Optional.empty() : Optional.of(user);
  }

  public List<ApiToken> ofUser(long userId) {
    return db.read().selectFrom(API_TOKEN).where(API_TOKEN.USER_ID.eq(userId)).orderBy(API_TOKEN.ID.desc())
        .fetch(TokenStore::toToken);
  }

  /** Revokes one of this user's tokens; false when there is no such token of theirs. */
  public boolean revoke(long userId, long tokenId) {
    return db.write(tx -> tx.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, Clock.now())
        .where(API_TOKEN.ID.eq(tokenId).and(API_TOKEN.USER_ID.eq(userId)).and(API_TOKEN.REVOKED_AT.isNull()))
        .execute()) == 1;
  }

  private static ApiToken toToken(Record r) {
    return new ApiToken(r.get(API_TOKEN.ID), r.get(API_TOKEN.USER_ID), r.get(API_TOKEN.NAME), r.get(API_TOKEN.PREFIX),
        r.get(API_TOKEN.CREATED_AT), r.get(API_TOKEN.LAST_USED_AT), r.get(API_TOKEN.REVOKED_AT) != null);
  }
}
