package org.offerfacts.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every store's contract tests share: an empty database for each test on the backend the
 * concrete class names, so the same tests prove the same code on SQLite and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract {
  private final Database.Backend backend;
  private TestDatabase databases;
  protected Database db;

  protected StoreContract(Database.Backend backend) {
    this.backend = backend;
  }

  @BeforeAll
  void openBackend(@TempDir Path dir) {
    databases = new TestDatabase(backend, dir);
  }

  @BeforeEach
  void emptyDatabase() {
    db = databases.fresh();
    openStores();
  }

  /** Where a contract makes its stores on the fresh database. */
  protected abstract void openStores();

  @AfterAll
  void closeBackend() {
    databases.close();
  }

  /** An offer to hang documents, facts and jobs on. */
  protected long anOffer() {
    return new OfferStore(db).create(NewOffer.of("Fibreval", "Fibre Pro")).id();
  }
}
