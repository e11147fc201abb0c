package org.offerfacts.store;

/**
 * A write that fails inside the database itself: a SQLite trigger that aborts every insert into
 * one table, so a test can break a transaction half-way through the real code (after the rows
 * written before it) and check that nothing of it was kept. Closing it drops the trigger.
 */
public final class InjectedFailure implements AutoCloseable {
  public static final String MESSAGE = "injected failure";

  private final Database db;
  private final String trigger;

  private InjectedFailure(Database db, String trigger) {
    this.db = db;
    this.trigger = trigger;
  }

  public static InjectedFailure onInsertInto(Database db, String table) {
    if (db.backend() != Database.Backend.SQLITE) throw new IllegalArgumentException("a SQLite trigger: SQLite only");
    String trigger = "injected_failure_on_" + table;
    db.writeVoid(tx -> tx.execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON " + table
        + " BEGIN SELECT RAISE(ABORT, '" + MESSAGE + "'); END"));
    return new InjectedFailure(db, trigger);
  }

  @Override
  public void close() {
    db.writeVoid(tx -> tx.execute("DROP TRIGGER " + trigger));
  }
}
