package org.offerfacts.compare;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.offerfacts.store.Database;

/** Counts the SQL statements the app runs, to pin how many a page needs. */
final class QueryCounter implements ExecuteListener, AutoCloseable {
  private final AtomicInteger count = new AtomicInteger();
  private final Database db;

  private QueryCounter(Database db) {
    this.db = db;
  }

  static QueryCounter on(Database db) {
    QueryCounter counter = new QueryCounter(db);
    db.read().configuration().set(new DefaultExecuteListenerProvider(counter));
    return counter;
  }

  @Override
  public void executeStart(ExecuteContext ctx) {
    count.incrementAndGet();
  }

  int reset() {
    return count.getAndSet(0);
  }

  @Override
  public void close() {
    db.read().configuration().set(new org.jooq.ExecuteListenerProvider[0]);
  }
}
