package org.offerfacts.ask;

import static org.offerfacts.store.schema.Tables.REPLY;

import java.util.Optional;
import org.jooq.DSLContext;
import org.offerfacts.store.Clock;
import org.offerfacts.store.ContentStore;
import org.offerfacts.store.Database;

/** Replies pasted or uploaded for a question list, kept from the moment they are read, confirmed or not. */
public final class ReplyStore {
  private final Database db;

  public ReplyStore(Database db) {
    this.db = db;
  }

  /** A reply as received. */
  public record StoredReply(long id, long listId, String receivedAt, String from, String sha256, String text,
      boolean confirmed) {}

  /** Keeps the raw bytes (the .eml or the pasted text) in content and the reply's text here. */
  public long add(long listId, String from, byte[] raw, String mediaType, String text) {
    return db.write(tx -> {
      String sha = ContentStore.put(tx, raw, mediaType);
      return tx.insertInto(REPLY).set(REPLY.LIST_ID, listId).set(REPLY.RECEIVED_AT, Clock.now())
          .set(REPLY.FROM_ADDRESS, from).set(REPLY.SHA256, sha).set(REPLY.TEXT, text)
          .returning(REPLY.ID).fetchOne(REPLY.ID);
    });
  }

  public Optional<StoredReply> find(long listId, long replyId) {
    return db.read().selectFrom(REPLY).where(REPLY.ID.eq(replyId).and(REPLY.LIST_ID.eq(listId)))
        .fetchOptional(r -> new StoredReply(r.getId(), r.getListId(), r.getReceivedAt(), r.getFromAddress(),
            r.getSha256(), r.getText(), r.getConfirmedAt() != null));
  }

  /** Replies not confirmed yet, oldest first: those a mailbox brought in wait here for review. */
  public java.util.List<StoredReply> pending(long listId) {
    return db.read().selectFrom(REPLY).where(REPLY.LIST_ID.eq(listId).and(REPLY.CONFIRMED_AT.isNull()))
        .orderBy(REPLY.ID)
        .fetch(r -> new StoredReply(r.getId(), r.getListId(), r.getReceivedAt(), r.getFromAddress(),
            r.getSha256(), r.getText(), false));
  }

  /** Marks the reply as confirmed; false when it was already, so that a double submit records nothing twice. */
  static boolean confirm(DSLContext tx, long replyId) {
    return tx.update(REPLY).set(REPLY.CONFIRMED_AT, Clock.now())
        .where(REPLY.ID.eq(replyId).and(REPLY.CONFIRMED_AT.isNull())).execute() == 1;
  }
}
