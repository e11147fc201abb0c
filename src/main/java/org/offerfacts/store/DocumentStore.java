package org.offerfacts.store;

import static org.offerfacts.store.schema.Tables.DOCUMENT;
import static org.offerfacts.store.schema.Tables.DOCUMENT_PAGE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.offerfacts.ingest.Page;

/** Documents of offers, their versions and their text page by page. */
public final class DocumentStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** More than the writers that can meet on one offer: the job runner and a few people. */
  private static final int MAX_ATTEMPTS = 10;

  private final Database db;
  private final SearchIndex index;

  public DocumentStore(Database db, SearchIndex index) {
    this.db = db;
    this.index = index;
  }

  /** Whether this offer already holds these bytes: the same file uploaded twice is stored once. */
  public Optional<StoredDocument> findByContent(long offerId, String sha256) {
    return db.read().selectFrom(DOCUMENT)
        .where(DOCUMENT.OFFER_ID.eq(offerId).and(DOCUMENT.SHA256.eq(sha256)))
        .fetchOptional(DocumentStore::toDocument);
  }

  /**
   * Stores the document, its pages and their search entries in one transaction. The version is
   * one more than the latest from the same source, so a changed page at the same URL is kept
   * beside the old one.
   *
   * <p>On PostgreSQL writers run side by side: two of them may both find the bytes new, or pick
   * the same next version. The unique constraints stop the second, which tries again and then
   * sees the first one's row. Each failed try means another writer succeeded, so it ends.
   */
  public StoredDocument add(NewDocument doc) {
    return find(add(doc, (tx, documentId) -> documentId)).orElseThrow();
  }

  /**
   * Stores the document and, in the same transaction, what {@code alongside} writes with its id
   * (its facts, its job's end): a crash keeps all of it or none, never a document without its
   * facts that a resumed job would then find and take as read.
   */
  public <T> T add(NewDocument doc, java.util.function.BiFunction<DSLContext, Long, T> alongside) {
    return write(tx -> alongside.apply(tx, add(tx, doc)));
  }

  /**
   * One transaction that adds documents with {@link #add(DSLContext, NewDocument)} among other
   * writes (a sheet's offers and facts, a reply's facts and audit line), run again whole when a
   * writer beside it took the same document or version first (see {@link #add(NewDocument)}).
   */
  public <T> T write(java.util.function.Function<DSLContext, T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return db.write(work);
      } catch (IntegrityConstraintViolationException e) {
        if (attempt == MAX_ATTEMPTS) throw e;
      }
    }
  }

  /** Within the caller's transaction (an e-mail's attachments beside the e-mail); answers the id. */
  public long add(DSLContext tx, NewDocument doc) {
    Long existing = tx.select(DOCUMENT.ID).from(DOCUMENT)
        .where(DOCUMENT.OFFER_ID.eq(doc.offerId()).and(DOCUMENT.SHA256.eq(doc.sha256())))
        .fetchOne(DOCUMENT.ID);
    if (existing != null) return existing;
    Integer latest = tx.select(org.jooq.impl.DSL.max(DOCUMENT.VERSION)).from(DOCUMENT)
        .where(DOCUMENT.OFFER_ID.eq(doc.offerId()).and(DOCUMENT.SOURCE.eq(doc.source())))
        .fetchOne(0, Integer.class);
    long documentId = tx.insertInto(DOCUMENT)
        .set(DOCUMENT.OFFER_ID, doc.offerId())
        .set(DOCUMENT.SHA256, doc.sha256())
        .set(DOCUMENT.SOURCE, doc.source())
        .set(DOCUMENT.VERSION, latest == null ? 1 : latest + 1)
        .set(DOCUMENT.TITLE, doc.title())
        .set(DOCUMENT.LANGUAGE, doc.language())
        .set(DOCUMENT.PAGES, doc.pages().size())
        .set(DOCUMENT.WARNINGS, toJson(doc.warnings()))
        .set(DOCUMENT.FETCHED_AT, doc.fetchedAt())
        .set(DOCUMENT.CREATED_AT, Clock.now())
        .returning(DOCUMENT.ID)
        .fetchOne(DOCUMENT.ID);
    for (Page page : doc.pages()) addPage(tx, documentId, page);
    return documentId;
  }

  private void addPage(DSLContext tx, long documentId, Page page) {
    long pageId = tx.insertInto(DOCUMENT_PAGE)
        .set(DOCUMENT_PAGE.DOCUMENT_ID, documentId)
        .set(DOCUMENT_PAGE.PAGE, page.number())
        .set(DOCUMENT_PAGE.TEXT, page.text())
        .returning(DOCUMENT_PAGE.ID)
        .fetchOne(DOCUMENT_PAGE.ID);
    index.add(tx, pageId, page.text());
  }

  public Optional<StoredDocument> find(long id) {
    return db.read().selectFrom(DOCUMENT).where(DOCUMENT.ID.eq(id)).fetchOptional(DocumentStore::toDocument);
  }

  /** The documents of an offer, newest first. */
  public List<StoredDocument> ofOffer(long offerId) {
    return db.read().selectFrom(DOCUMENT).where(DOCUMENT.OFFER_ID.eq(offerId))
        .orderBy(DOCUMENT.ID.desc()).fetch(DocumentStore::toDocument);
  }

  /** The documents of these offers, in one query. */
  public List<StoredDocument> ofOffers(java.util.Collection<Long> offerIds) {
    return db.read().selectFrom(DOCUMENT).where(DOCUMENT.OFFER_ID.in(offerIds)).fetch(DocumentStore::toDocument);
  }

  /** How many documents each offer has, for "not stated in the N documents we hold". */
  public java.util.Map<Long, Integer> countsByOffer() {
    return db.read().select(DOCUMENT.OFFER_ID, org.jooq.impl.DSL.count()).from(DOCUMENT)
        .groupBy(DOCUMENT.OFFER_ID)
        .fetchMap(r -> r.value1(), r -> r.value2());
  }

  public Optional<Page> page(long documentId, int number) {
    return page(db.read(), documentId, number);
  }

  /** The same, read within the caller's transaction. */
  public static Optional<Page> page(DSLContext tx, long documentId, int number) {
    return tx.select(DOCUMENT_PAGE.PAGE, DOCUMENT_PAGE.TEXT).from(DOCUMENT_PAGE)
        .where(DOCUMENT_PAGE.DOCUMENT_ID.eq(documentId).and(DOCUMENT_PAGE.PAGE.eq(number)))
        .fetchOptional(r -> new Page(r.value1(), r.value2()));
  }

  public List<Page> pages(long documentId) {
    return db.read().select(DOCUMENT_PAGE.PAGE, DOCUMENT_PAGE.TEXT).from(DOCUMENT_PAGE)
        .where(DOCUMENT_PAGE.DOCUMENT_ID.eq(documentId)).orderBy(DOCUMENT_PAGE.PAGE)
        .fetch(r -> new Page(r.value1(), r.value2()));
  }

  private static StoredDocument toDocument(Record r) {
    return new StoredDocument(r.get(DOCUMENT.ID), r.get(DOCUMENT.OFFER_ID), r.get(DOCUMENT.SHA256),
        r.get(DOCUMENT.SOURCE), r.get(DOCUMENT.VERSION), r.get(DOCUMENT.TITLE), r.get(DOCUMENT.LANGUAGE),
        r.get(DOCUMENT.PAGES), fromJson(r.get(DOCUMENT.WARNINGS)), r.get(DOCUMENT.FETCHED_AT),
        r.get(DOCUMENT.CREATED_AT));
  }

  static String toJson(List<String> list) {
    try {
      return JSON.writeValueAsString(list);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> fromJson(String json) {
    if (json == null || json.isBlank()) return List.of();
    try {
      return JSON.readValue(json, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new StoreException("a stored list is not JSON: " + json, e);
    }
  }
}
