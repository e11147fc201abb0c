package org.offerfacts.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.offerfacts.store.schema.Tables.FACT;
import static org.offerfacts.store.schema.Tables.OFFER;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Database promises about SQLite's connections: the settings a bare connection lacks. */
class SqliteSetupTest {
  static final int THREADS = 4;

  @TempDir Path dir;
  Database db;
  ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @BeforeEach
  void open() {
    db = Database.sqlite(dir.resolve("offerfacts.db"));
  }

  @AfterEach
  void close() {
    pool.shutdownNow();
    db.close();
  }

  @Test
  void every_pooled_connection_enforces_foreign_keys_waits_when_busy_and_keeps_the_documented_durability() throws Exception {
    CyclicBarrier together = new CyclicBarrier(THREADS);
    // Each task holds its connection until all have one, so the pool must hand out four.
    List<Callable<List<Object>>> tasks = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      tasks.add(() -> db.read().connectionResult(c -> {
        await(together);
        try (var s = c.createStatement()) {
          return List.of(pragma(s, "foreign_keys"), pragma(s, "busy_timeout"), pragma(s, "journal_mode"),
              pragma(s, "synchronous"));
        }
      }));
    }

    for (Future<List<Object>> settings : pool.invokeAll(tasks, 30, TimeUnit.SECONDS)) {
      // synchronous 1 is NORMAL: docs/security.md says why, and what a power cut may cost.
      assertThat(settings.get()).containsExactly("1", "10000", "wal", "1");
    }
  }

  @Test
  void a_row_pointing_at_nothing_is_refused() {
    assertThatThrownBy(() -> db.writeVoid(tx -> tx.insertInto(OFFER)
        .set(OFFER.SUPPLIER_ID, 42L).set(OFFER.NAME, "orphan").set(OFFER.CREATED_AT, "2026-01-01T00:00:00.000Z")
        .execute()))
        .hasMessageContaining("FOREIGN KEY");
    assertThat(db.read().fetchCount(OFFER)).isZero();
  }

  @Test
  void writers_in_many_threads_never_meet_a_locked_database() throws Exception {
    long offer = new OfferStore(db).create(NewOffer.of("Fibreval", "Fibre Pro")).id();
    FactStore facts = new FactStore(db);
    List<Callable<Void>> writers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      writers.add(() -> {
        for (int i = 0; i < 50; i++) facts.append(fact(offer, "t" + thread, (long) i));
        return null;
      });
    }

    for (Future<Void> writer : pool.invokeAll(writers, 2, TimeUnit.MINUTES)) writer.get();

    assertThat(db.read().fetchCount(FACT)).isEqualTo(THREADS * 50);
  }

  @Test
  void two_processes_on_one_file_take_turns_at_writing() throws Exception {
    // A second Database on the same file stands for a command run beside the server: our lock
    // does not reach it, so SQLite must make the second writer wait rather than fail. The
    // transactions read before they write, as DocumentStore.add does: the case SQLite cannot
    // simply wait out when a transaction starts as a reader.
    try (Database other = Database.sqlite(dir.resolve("offerfacts.db"))) {
      long supplier = new OfferStore(db).create(NewOffer.of("Fibreval", "Fibre Pro")).supplierId();
      List<Callable<Void>> writers = new ArrayList<>();
      for (Database each : List.of(db, other, db, other)) {
        writers.add(() -> {
          for (int i = 0; i < 25; i++) {
            each.writeVoid(tx -> {
              int count = tx.fetchCount(OFFER);
              tx.insertInto(OFFER).set(OFFER.SUPPLIER_ID, supplier).set(OFFER.NAME, "Offer " + count)
                  .set(OFFER.CREATED_AT, "2026-01-01T00:00:00.000Z").execute();
            });
          }
          return null;
        });
      }

      for (Future<Void> writer : pool.invokeAll(writers, 2, TimeUnit.MINUTES)) writer.get();
    }
    assertThat(db.read().fetchCount(OFFER)).isEqualTo(101);
  }

  private static NewFact fact(long offer, String attribute, Object value) {
    return new NewFact(offer, attribute, value, List.of(), FactStatus.EXTRACTED, null, null, null, null, null, null,
        null, "test");
  }

  private static String pragma(java.sql.Statement s, String name) throws java.sql.SQLException {
    try (var rs = s.executeQuery("PRAGMA " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the pool did not hand out " + THREADS + " connections at once", e);
    }
  }
}
