package org.offerfacts.accounts;

import static org.offerfacts.store.schema.Tables.AUDIT_LOG;
import static org.offerfacts.store.schema.Tables.APP_USER;

import java.util.List;
import org.jooq.DSLContext;
import org.offerfacts.store.Clock;
import org.offerfacts.store.Database;

/** Who changed what, and when: one line per change, never edited. */
public final class AuditLog {
  /** One recorded change; {@code who} is the user's e-mail, or "system". */
  public record Entry(long id, String who, String action, String target, String detail, String at) {}

  private final Database db;

  public AuditLog(Database db) {
    this.db = db;
  }

  /** @param userId null for changes the app makes itself (first start, demo) */
  public void record(Long userId, String action, String target, String detail) {
    db.writeVoid(tx -> record(tx, userId, action, target, detail));
  }

  /**
   * Within the transaction of the change itself, so that a crash keeps both or neither: a change
   * committed without its line would be a change nobody made.
   */
  public static void record(DSLContext tx, Long userId, String action, String target, String detail) {
    tx.insertInto(AUDIT_LOG)
        .set(AUDIT_LOG.USER_ID, userId)
        .set(AUDIT_LOG.ACTION, action)
        .set(AUDIT_LOG.TARGET, target)
        .set(AUDIT_LOG.DETAIL, detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) : detail)
        .set(AUDIT_LOG.AT, Clock.now())
        .execute();
  }

  public List<Entry> latest(int limit) {
    return db.read().select(AUDIT_LOG.ID, APP_USER.EMAIL, AUDIT_LOG.ACTION, AUDIT_LOG.TARGET, AUDIT_LOG.DETAIL, AUDIT_LOG.AT)
        .from(AUDIT_LOG).leftJoin(APP_USER).on(APP_USER.ID.eq(AUDIT_LOG.USER_ID))
        .orderBy(AUDIT_LOG.ID.desc()).limit(limit)
        .fetch(r -> new Entry(r.value1(), r.value2() == null ? "system" : r.value2(), r.value3(), r.value4(), r.value5(),
            r.value6()));
  }
}
