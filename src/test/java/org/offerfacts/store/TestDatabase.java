package org.offerfacts.store;

import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Collectors;
import org.offerfacts.store.schema.DefaultSchema;

/**
 * A migrated database on one backend for the tests of one class, empty at the start of each test.
 * SQLite gets a new file per test (opening one costs a fifth of a second). PostgreSQL gets one
 * new database per class, emptied between tests: creating and migrating one costs over a second
 * on a busy machine, emptying it a few milliseconds.
 */
final class TestDatabase implements AutoCloseable {
  private final Database.Backend backend;
  private final Path dir;
  private final String postgresUrl;
  private Database db;

  TestDatabase(Database.Backend backend, Path dir) {
    this.backend = backend;
    this.dir = dir;
    this.postgresUrl = backend == Database.Backend.POSTGRESQL ? EmbeddedPostgresql.newDatabase() : null;
  }

  /** The database for the next test, with nothing in it and ids starting again at 1. */
  Database fresh() {
    if (backend == Database.Backend.SQLITE) {
      if (db != null) db.close();
      db = Database.sqlite(dir.resolve(UUID.randomUUID() + ".db"));
    } else if (db == null) {
      db = Database.postgresql(postgresUrl, EmbeddedPostgresql.USER, EmbeddedPostgresql.PASSWORD);
    } else {
      String tables = DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
          .map(t -> '"' + t.getName() + '"').collect(Collectors.joining(", "));
      db.read().execute("TRUNCATE " + tables + " RESTART IDENTITY CASCADE");
    }
    return db;
  }

  @Override
  public void close() {
    if (db != null) db.close();
    if (postgresUrl != null) EmbeddedPostgresql.dropDatabase(postgresUrl);
  }
}
