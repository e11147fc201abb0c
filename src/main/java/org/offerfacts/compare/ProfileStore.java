package org.offerfacts.compare;

import static org.offerfacts.store.schema.Tables.REQUIREMENT_PROFILE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Record;
import org.offerfacts.store.Database;

/** Saved requirement profiles. Clauses are stored in their canonical writing. */
public final class ProfileStore {
  private final Database db;

  public ProfileStore(Database db) {
    this.db = db;
  }

  /** Saves a new profile; a name already taken is refused, so that a profile never changes under a link. */
  public RequirementProfile create(String name, List<Clause> clauses) {
    long id = db.write(tx -> {
      if (tx.fetchExists(REQUIREMENT_PROFILE, REQUIREMENT_PROFILE.NAME.eq(name))) {
        throw new IllegalArgumentException("a profile named '" + name + "' exists already");
      }
      return tx.insertInto(REQUIREMENT_PROFILE)
          .set(REQUIREMENT_PROFILE.NAME, name)
          .set(REQUIREMENT_PROFILE.CLAUSES, Clause.writeAll(clauses))
          .set(REQUIREMENT_PROFILE.CREATED_AT, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString())
          .returning(REQUIREMENT_PROFILE.ID)
          .fetchOne(REQUIREMENT_PROFILE.ID);
    });
    return find(id).orElseThrow();
  }

  public Optional<RequirementProfile> find(long id) {
    return db.read().selectFrom(REQUIREMENT_PROFILE).where(REQUIREMENT_PROFILE.ID.eq(id))
        .fetchOptional(ProfileStore::toProfile);
  }

  /** Every profile, by name. */
  public List<RequirementProfile> all() {
    return db.read().selectFrom(REQUIREMENT_PROFILE).orderBy(REQUIREMENT_PROFILE.NAME).fetch(ProfileStore::toProfile);
  }

  private static RequirementProfile toProfile(Record r) {
    return new RequirementProfile(r.get(REQUIREMENT_PROFILE.ID), r.get(REQUIREMENT_PROFILE.NAME),
        Clause.parseAll(r.get(REQUIREMENT_PROFILE.CLAUSES), Integer.MAX_VALUE), r.get(REQUIREMENT_PROFILE.CREATED_AT));
  }
}
