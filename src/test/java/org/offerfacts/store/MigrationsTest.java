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
    assertMigratingAgainChangesNothing(() -> Database.sqlite(file), "sqlite");
  }

  @Test
  void migrating_a_postgresql_database_again_changes_nothing() {
    String url = EmbeddedPostgresql.newDatabase();
    try {
      assertMigratingAgainChangesNothing(
          () -> Database.postgresql(url, EmbeddedPostgresql.USER, EmbeddedPostgresql.PASSWORD), "postgresql");
    } finally {
      EmbeddedPostgresql.dropDatabase(url);
    }
  }

  private static void assertMigratingAgainChangesNothing(Supplier<Database> open, String backend) {
    List<String> history;
    long offer;
    try (Database db = open.get()) {
      history = history(db);
      offer = new OfferStore(db).create(NewOffer.of("Fibreval", "Fibre Pro")).id();
    }
    // Every migration file, the common ones and the backend's own, applied once in version order.
    assertThat(history).extracting(h -> h.split(" ")[0]).containsExactlyElementsOf(versionsOnDisk(backend));

    try (Database again = open.get()) {
      assertThat(history(again)).isEqualTo(history);
      assertThat(new OfferStore(again).find(offer)).isPresent();
    }
  }

  /** "V1_1__search_index.sql" → "1.1", for the files of migrations/common and migrations/BACKEND. */
  private static List<String> versionsOnDisk(String backend) {
    try (var common = java.nio.file.Files.list(Path.of("migrations", "common"));
        var own = java.nio.file.Files.list(Path.of("migrations", backend))) {
      return java.util.stream.Stream.concat(common, own)
          .map(f -> f.getFileName().toString())
          .filter(n -> n.matches("V[\\d_]+__.*\\.sql"))
          .map(n -> n.substring(1, n.indexOf("__")).replace('_', '.'))
          .sorted(java.util.Comparator.comparing(MigrationsTest::versionKey))
          .toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String versionKey(String version) {
    StringBuilder key = new StringBuilder();
    for (String part : version.split("\\.")) key.append(String.format("%06d.", Integer.parseInt(part)));
    return key.toString();
  }

  /** Version and checksum of every migration applied, in order. */
  private static List<String> history(Database db) {
    return db.read().fetch("select version, checksum from flyway_schema_history order by installed_rank")
        .map(r -> r.get(0) + " " + r.get(1));
  }
}
