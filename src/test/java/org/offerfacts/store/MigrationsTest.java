package org.offerfacts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a database brings it up to date; opening it again must leave it as it is. */
class MigrationsTest {

  @Test
  void migrating_a_sqlite_file_again_changes_nothing(@TempDir Path dir) {
    Path file = dir.resolve("offerfacts.db");
    assertMigratingAgainChangesNothing(() -> Database.sqlite(file));
  }

  @Test
  void migrating_a_postgresql_database_again_changes_nothing() {
    String url = EmbeddedPostgresql.newDatabase();
    try {
      assertMigratingAgainChangesNothing(
          () -> Database.postgresql(url, EmbeddedPostgresql.USER, EmbeddedPostgresql.PASSWORD));
    } finally {
      EmbeddedPostgresql.dropDatabase(url);
    }
  }

  private static void assertMigratingAgainChangesNothing(Supplier<Database> open) {
    List<String> history;
    long offer;
    try (Database db = open.get()) {
      history = history(db);
      offer = new OfferStore(db).create(NewOffer.of("Fibreval", "Fibre Pro")).id();
    }
    // The common schema, the backend's own search index, then accounts, verification and share links, each once.
    assertThat(history).extracting(h -> h.split(" ")[0]).containsExactly("1", "1.1", "10", "11", "20");

    try (Database again = open.get()) {
      assertThat(history(again)).isEqualTo(history);
      assertThat(new OfferStore(again).find(offer)).isPresent();
    }
  }

  /** Version and checksum of every migration applied, in order. */
  private static List<String> history(Database db) {
    return db.read().fetch("select version, checksum from flyway_schema_history order by installed_rank")
        .map(r -> r.get(0) + " " + r.get(1));
  }
}
