package org.offerfacts.store;

import static org.offerfacts.store.schema.Tables.FACT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The append-only history of facts. Nothing here updates or deletes a fact. */
public final class FactStore {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Database db;

  public FactStore(Database db) {
    this.db = db;
  }

  public long append(NewFact fact) {
    return db.write(tx -> append(tx, fact));
  }

  public void appendAll(List<NewFact> facts) {
    db.writeVoid(tx -> facts.forEach(f -> append(tx, f)));
  }

  /** Within a transaction the caller holds (a fact and its attachments together). */
  public static long append(DSLContext tx, NewFact f) {
    return tx.insertInto(FACT)
        .set(FACT.OFFER_ID, f.offerId())
        .set(FACT.ATTRIBUTE, f.attribute())
        .set(FACT.VALUE_JSON, valueToJson(f.value()))
        .set(FACT.CONDITIONS, DocumentStore.toJson(f.conditions()))
        .set(FACT.STATUS, f.status().id)
        .set(FACT.DOCUMENT_ID, f.documentId())
        .set(FACT.PAGE, f.page())
        .set(FACT.QUOTE, f.quote())
        .set(FACT.QUOTE_START, f.quoteStart())
        .set(FACT.QUOTE_END, f.quoteEnd())
        .set(FACT.NOTE, f.note())
        .set(FACT.CONFIDENCE, f.confidence())
        .set(FACT.AUTHOR, f.author())
        .set(FACT.RECORDED_AT, Clock.now())
        .returning(FACT.ID)
        .fetchOne(FACT.ID);
  }

  /** Every fact of these offers, oldest first: the input from which cells are derived. */
  public List<StoredFact> ofOffers(Collection<Long> offerIds) {
    return ofOffers(db.read(), offerIds);
  }

  /** The same, read within the caller's transaction. */
  public static List<StoredFact> ofOffers(DSLContext tx, Collection<Long> offerIds) {
    return tx.selectFrom(FACT).where(FACT.OFFER_ID.in(offerIds)).orderBy(FACT.ID).fetch(FactStore::toFact);
  }

  public List<StoredFact> ofDocument(long documentId) {
    return ofDocument(db.read(), documentId);
  }

  /** The same, read within the caller's transaction. */
  public static List<StoredFact> ofDocument(DSLContext tx, long documentId) {
    return tx.selectFrom(FACT).where(FACT.DOCUMENT_ID.eq(documentId)).orderBy(FACT.ID)
        .fetch(FactStore::toFact);
  }

  public java.util.Optional<StoredFact> find(long id) {
    return db.read().selectFrom(FACT).where(FACT.ID.eq(id)).fetchOptional(FactStore::toFact);
  }

  private static StoredFact toFact(Record r) {
    return new StoredFact(r.get(FACT.ID), r.get(FACT.OFFER_ID), r.get(FACT.ATTRIBUTE), valueFromJson(r.get(FACT.VALUE_JSON)),
        DocumentStore.fromJson(r.get(FACT.CONDITIONS)), FactStatus.of(r.get(FACT.STATUS)), r.get(FACT.DOCUMENT_ID),
        r.get(FACT.PAGE), r.get(FACT.QUOTE), r.get(FACT.QUOTE_START), r.get(FACT.QUOTE_END), r.get(FACT.NOTE),
        r.get(FACT.CONFIDENCE), r.get(FACT.AUTHOR), r.get(FACT.RECORDED_AT));
  }

  static String valueToJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a fact's value must be a boolean, number or string: " + value, e);
    }
  }

  /** Whole numbers come back as Long and others as Double, as the extractor makes them. */
  static Object valueFromJson(String json) {
    try {
      Object value = JSON.readValue(json, Object.class);
      if (value instanceof Integer i) return i.longValue();
      if (value instanceof java.math.BigInteger b) return b.longValue();
      return value;
    } catch (JsonProcessingException e) {
      throw new StoreException("a stored value is not JSON: " + json, e);
    }
  }
}
