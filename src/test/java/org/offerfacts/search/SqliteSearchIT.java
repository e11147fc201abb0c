package org.offerfacts.search;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.store.Database;

/** Search on SQLite (FTS5, bm25), on a real database file. */
class SqliteSearchIT extends SearchContract {
  @TempDir Path dir;

  @Override
  protected Database open() {
    return Database.sqlite(dir.resolve("offerfacts.db"));
  }
}
