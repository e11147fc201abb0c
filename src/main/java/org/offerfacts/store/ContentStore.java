package org.offerfacts.store;

import static org.offerfacts.store.schema.Tables.CONTENT;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.jooq.DSLContext;

/** Original bytes, stored once by their SHA-256 and kept for download. */
public final class ContentStore {
  private final Database db;

  public ContentStore(Database db) {
    this.db = db;
  }

  /** Stores the bytes unless they are there already; returns their SHA-256 in hex. */
  public String put(byte[] bytes, String mediaType) {
    return db.write(tx -> put(tx, bytes, mediaType));
  }

  public static String put(DSLContext tx, byte[] bytes, String mediaType) {
    String sha = sha256(bytes);
    tx.insertInto(CONTENT)
        .set(CONTENT.SHA256, sha)
        .set(CONTENT.MEDIA_TYPE, mediaType == null ? "application/octet-stream" : mediaType)
        .set(CONTENT.SIZE_BYTES, (long) bytes.length)
        .set(CONTENT.BYTES, bytes)
        .set(CONTENT.CREATED_AT, Clock.now())
        .onConflict(CONTENT.SHA256).doNothing()
        .execute();
    return sha;
  }

  public Optional<byte[]> bytes(String sha256) {
    return db.read().select(CONTENT.BYTES).from(CONTENT).where(CONTENT.SHA256.eq(sha256)).fetchOptional(CONTENT.BYTES);
  }

  public Optional<String> mediaType(String sha256) {
    return db.read().select(CONTENT.MEDIA_TYPE).from(CONTENT).where(CONTENT.SHA256.eq(sha256))
        .fetchOptional(CONTENT.MEDIA_TYPE);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
