package org.offerfacts.share;

import static org.offerfacts.store.schema.Tables.APP_USER;
import static org.offerfacts.store.schema.Tables.SHARE_LINK;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.offerfacts.store.Clock;
import org.offerfacts.store.Database;

/** The share_link table: links by their token's digest, their snapshots, and how often they were opened. */
final class ShareStore {
  /** A link found by its token, with the view frozen in it. */
  record Found(ShareLink link, String snapshotJson) {}

  private final Database db;

  ShareStore(Database db) {
    this.db = db;
  }

  /** Within the caller's transaction, so the link and its audit line are kept together or not at all. */
  static long insert(DSLContext tx, String digest, String kind, String viewPath, String title, String snapshotJson,
      long userId, LocalDate expiresOn) {
    return tx.insertInto(SHARE_LINK)
        .set(SHARE_LINK.DIGEST, digest)
        .set(SHARE_LINK.KIND, kind)
        .set(SHARE_LINK.VIEW_PATH, viewPath)
        .set(SHARE_LINK.TITLE, title)
        .set(SHARE_LINK.SNAPSHOT, snapshotJson)
        .set(SHARE_LINK.CREATED_BY, userId)
        .set(SHARE_LINK.CREATED_AT, Clock.now())
        .set(SHARE_LINK.EXPIRES_ON, expiresOn == null ? null : expiresOn.toString())
        .set(SHARE_LINK.OPENED_COUNT, 0)
        .returning(SHARE_LINK.ID)
        .fetchOne(SHARE_LINK.ID);
  }

  Optional<Found> byDigest(String digest) {
    return db.read().select(SHARE_LINK.fields()).select(APP_USER.EMAIL)
        .from(SHARE_LINK).join(APP_USER).on(APP_USER.ID.eq(SHARE_LINK.CREATED_BY))
        .where(SHARE_LINK.DIGEST.eq(digest))
        .fetchOptional(r -> new Found(toLink(r), r.get(SHARE_LINK.SNAPSHOT)));
  }

  Optional<ShareLink> byId(long id) {
    return list(SHARE_LINK.ID.eq(id)).stream().findFirst();
  }

  /** Newest first: one user's links, or everybody's when {@code userId} is null. */
  List<ShareLink> madeBy(Long userId) {
    return list(userId == null ? DSL.noCondition() : SHARE_LINK.CREATED_BY.eq(userId));
  }

  boolean revoke(long id) {
    return db.write(tx -> tx.update(SHARE_LINK).set(SHARE_LINK.REVOKED_AT, Clock.now())
        .where(SHARE_LINK.ID.eq(id).and(SHARE_LINK.REVOKED_AT.isNull())).execute()) == 1;
  }

  void opened(long id) {
    db.writeVoid(tx -> tx.update(SHARE_LINK)
        .set(SHARE_LINK.OPENED_COUNT, SHARE_LINK.OPENED_COUNT.plus(1))
        .set(SHARE_LINK.LAST_OPENED_AT, Clock.now())
        .where(SHARE_LINK.ID.eq(id)).execute());
  }

  private List<ShareLink> list(Condition condition) {
    return db.read().select(SHARE_LINK.fields()).select(APP_USER.EMAIL)
        .from(SHARE_LINK).join(APP_USER).on(APP_USER.ID.eq(SHARE_LINK.CREATED_BY))
        .where(condition).orderBy(SHARE_LINK.ID.desc())
        .fetch(ShareStore::toLink);
  }

  private static ShareLink toLink(Record r) {
    String expires = r.get(SHARE_LINK.EXPIRES_ON);
    return new ShareLink(r.get(SHARE_LINK.ID), r.get(SHARE_LINK.KIND), r.get(SHARE_LINK.VIEW_PATH), r.get(SHARE_LINK.TITLE),
        r.get(SHARE_LINK.CREATED_BY), r.get(APP_USER.EMAIL), r.get(SHARE_LINK.CREATED_AT),
        expires == null ? null : LocalDate.parse(expires), r.get(SHARE_LINK.REVOKED_AT), r.get(SHARE_LINK.OPENED_COUNT),
        r.get(SHARE_LINK.LAST_OPENED_AT));
  }
}
