package org.offerfacts.store;

import static org.offerfacts.store.schema.Tables.OFFER;
import static org.offerfacts.store.schema.Tables.SUPPLIER;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;

/** Suppliers and their offers. */
public final class OfferStore {
  private final Database db;

  public OfferStore(Database db) {
    this.db = db;
  }

  /**
   * Creates the offer, and its supplier when it is new; an existing offer of that name is returned
   * as is. Insert-or-nothing then select, rather than select then insert, so that two people
   * adding the same supplier at once both succeed on PostgreSQL, where writers run side by side.
   */
  public Offer create(NewOffer offer) {
    return find(db.write(tx -> create(tx, offer))).orElseThrow();
  }

  /** The same within the caller's transaction (a sheet's offers with their facts); answers the id. */
  public static long create(DSLContext tx, NewOffer offer) {
    long supplierId = supplierId(tx, offer.supplier());
    tx.insertInto(OFFER)
        .set(OFFER.SUPPLIER_ID, supplierId)
        .set(OFFER.NAME, offer.name())
        .set(OFFER.KIND, blankToNull(offer.kind()))
        .set(OFFER.URL, blankToNull(offer.url()))
        .set(OFFER.MONTHLY_PRICE, offer.monthlyPrice())
        .set(OFFER.NOTES, blankToNull(offer.notes()))
        .set(OFFER.CREATED_AT, Clock.now())
        .onConflict(OFFER.SUPPLIER_ID, OFFER.NAME).doNothing()
        .execute();
    return tx.select(OFFER.ID).from(OFFER)
        .where(OFFER.SUPPLIER_ID.eq(supplierId).and(OFFER.NAME.eq(offer.name())))
        .fetchSingle(OFFER.ID);
  }

  public Optional<Offer> find(long id) {
    return find(db.read(), id);
  }

  /** The same, read within the caller's transaction. */
  public static Optional<Offer> find(DSLContext tx, long id) {
    return joined(tx).where(OFFER.ID.eq(id)).fetchOptional(OfferStore::toOffer);
  }

  /**
   * Every offer, by supplier then name as a reader expects (case and accents aside). Sorted here,
   * not in SQL: SQLite compares bytes and PostgreSQL follows its server's locale, so ORDER BY
   * would list "beta" and "Émeraude" in different places on each.
   */
  public List<Offer> all() {
    Collator collator = Collator.getInstance(Locale.ROOT);
    return joined(db.read()).fetch(OfferStore::toOffer).stream()
        .sorted(Comparator.comparing(Offer::supplier, collator).thenComparing(Offer::name, collator)
            .thenComparing(Offer::id))
        .toList();
  }

  /** The offers with these ids, in the order given; unknown ids are left out. */
  public List<Offer> byIds(Collection<Long> ids) {
    List<Offer> found = joined(db.read()).where(OFFER.ID.in(ids)).fetch(OfferStore::toOffer);
    return ids.stream().distinct()
        .flatMap(id -> found.stream().filter(o -> o.id() == id))
        .toList();
  }

  public boolean isEmpty() {
    return db.read().fetchCount(OFFER) == 0;
  }

  private static SelectOnConditionStep<Record> joined(DSLContext dsl) {
    return dsl.select(OFFER.fields()).select(SUPPLIER.NAME)
        .from(OFFER).join(SUPPLIER).on(SUPPLIER.ID.eq(OFFER.SUPPLIER_ID));
  }

  private static long supplierId(DSLContext tx, String name) {
    tx.insertInto(SUPPLIER)
        .set(SUPPLIER.NAME, name)
        .set(SUPPLIER.CREATED_AT, Clock.now())
        .onConflict(SUPPLIER.NAME).doNothing()
        .execute();
    return tx.select(SUPPLIER.ID).from(SUPPLIER).where(SUPPLIER.NAME.eq(name)).fetchSingle(SUPPLIER.ID);
  }

  private static Offer toOffer(Record r) {
    return new Offer(r.get(OFFER.ID), r.get(OFFER.SUPPLIER_ID), r.get(SUPPLIER.NAME), r.get(OFFER.NAME),
        r.get(OFFER.KIND), r.get(OFFER.URL), NewOffer.toCents(r.get(OFFER.MONTHLY_PRICE)), r.get(OFFER.NOTES),
        r.get(OFFER.CREATED_AT));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
