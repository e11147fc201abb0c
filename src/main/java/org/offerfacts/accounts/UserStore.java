package org.offerfacts.accounts;

import static org.offerfacts.store.schema.Tables.APP_USER;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Record;
import org.offerfacts.store.Clock;
import org.offerfacts.store.Database;

/** Users, their roles and password hashes. */
public final class UserStore {
  private final Database db;

  public UserStore(Database db) {
    this.db = db;
  }

  public User create(String email, Role role, String password, boolean mustChangePassword) {
    String normalized = normalize(email);
    String hash = Passwords.hash(password);
    long id = db.write(tx -> {
      if (tx.fetchExists(APP_USER, APP_USER.EMAIL.eq(normalized))) {
        throw new IllegalArgumentException("a user with this e-mail exists already");
      }
      return tx.insertInto(APP_USER)
          .set(APP_USER.EMAIL, normalized)
          .set(APP_USER.ROLE, role.id())
          .set(APP_USER.PASSWORD_HASH, hash)
          .set(APP_USER.MUST_CHANGE_PASSWORD, mustChangePassword ? 1 : 0)
          .set(APP_USER.CREATED_AT, Clock.now())
          .returning(APP_USER.ID)
          .fetchOne(APP_USER.ID);
    });
    return find(id).orElseThrow();
  }

  public Optional<User> find(long id) {
    return db.read().selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional(UserStore::toUser);
  }

  public Optional<User> findByEmail(String email) {
    return db.read().selectFrom(APP_USER).where(APP_USER.EMAIL.eq(normalize(email))).fetchOptional(UserStore::toUser);
  }

  /** The user whose password this is, if it is; disabled users never authenticate. */
  public Optional<User> authenticate(String email, String password) {
    var row = db.read().selectFrom(APP_USER).where(APP_USER.EMAIL.eq(normalize(email))).fetchOptional();
    if (row.isEmpty()) {
      // Same work as a real check, so that timing does not tell which e-mails exist.
      Passwords.matches(password, Decoy.HASH);
      return Optional.empty();
    }
    if (!Passwords.matches(password, row.get().getPasswordHash())) return Optional.empty();
    User user = toUser(row.get());
    return user.disabled() ? Optional.empty() : Optional.of(user);
  }

  public List<User> all() {
    return db.read().selectFrom(APP_USER).orderBy(APP_USER.EMAIL).fetch(UserStore::toUser);
  }

  public boolean isEmpty() {
    return db.read().fetchCount(APP_USER) == 0;
  }

  public void changePassword(long userId, String password) {
    String hash = Passwords.hash(password);
    db.writeVoid(tx -> tx.update(APP_USER).set(APP_USER.PASSWORD_HASH, hash).set(APP_USER.MUST_CHANGE_PASSWORD, 0)
        .where(APP_USER.ID.eq(userId)).execute());
  }

  public void setRole(long userId, Role role) {
    db.writeVoid(tx -> tx.update(APP_USER).set(APP_USER.ROLE, role.id()).where(APP_USER.ID.eq(userId)).execute());
  }

  public void setDisabled(long userId, boolean disabled) {
    db.writeVoid(tx -> tx.update(APP_USER).set(APP_USER.DISABLED_AT, disabled ? Clock.now() : null)
        .where(APP_USER.ID.eq(userId)).execute());
  }

  static String normalize(String email) {
    if (email == null || email.isBlank()) throw new IllegalArgumentException("an e-mail address is required");
    String e = email.strip().toLowerCase(Locale.ROOT);
    if (e.length() > 254 || !e.matches("[^\\s@]+@[^\\s@]+") && !e.equals("admin")) {
      throw new IllegalArgumentException("not an e-mail address: " + email.strip());
    }
    return e;
  }

  static User toUser(Record r) {
    return new User(r.get(APP_USER.ID), r.get(APP_USER.EMAIL), Role.of(r.get(APP_USER.ROLE)),
        r.get(APP_USER.MUST_CHANGE_PASSWORD) != 0, r.get(APP_USER.CREATED_AT), r.get(APP_USER.DISABLED_AT) != null);
  }

  /** Made on first need: hashing costs a tenth of a second we need not spend at class load. */
  private static final class Decoy {
    static final String HASH = Passwords.hash("decoy-password-never-used");
  }
}
