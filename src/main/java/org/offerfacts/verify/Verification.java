package org.offerfacts.verify;

import static org.offerfacts.store.schema.Tables.FACT_ATTACHMENT;

import java.util.List;
import java.util.Optional;
import org.offerfacts.accounts.AuditLog;
import org.offerfacts.accounts.User;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.extract.QuoteCap;
import org.offerfacts.ingest.Page;
import org.offerfacts.store.ContentStore;
import org.offerfacts.store.Database;
import org.offerfacts.store.DocumentStore;
import org.offerfacts.store.FactStatus;
import org.offerfacts.store.FactStore;
import org.offerfacts.store.NewFact;
import org.offerfacts.store.StoredDocument;

/**
 * A technician's answers: confirming what a document says, correcting it, or adding what no
 * document says, always with evidence. Each answer is a new {@code verified} fact in the cell's
 * history and a line in the audit log.
 */
public final class Verification {
  private final Database db;
  private final Catalog catalog;
  private final FactStore facts;
  private final DocumentStore documents;

  public Verification(Database db, Catalog catalog, FactStore facts, DocumentStore documents) {
    this.db = db;
    this.catalog = catalog;
    this.facts = facts;
    this.documents = documents;
  }

  /**
   * Records {@code value} (with its conditions) as verified for the cell.
   *
   * @param value already typed for the attribute (see {@link Values#parse})
   */
  public long verify(User who, long offerId, String attributeId, Object value, List<String> conditions, Evidence evidence) {
    Attribute attribute = catalog.attribute(attributeId)
        .orElseThrow(() -> new IllegalArgumentException("unknown attribute: " + attributeId));
    for (String c : conditions) {
      if (catalog.condition(c).isEmpty()) throw new IllegalArgumentException("unknown condition: " + c);
    }
    QuoteAt quote = evidence.quote() == null ? null : locate(offerId, evidence.quote());
    NewFact fact = new NewFact(offerId, attribute.id(), value, conditions, FactStatus.VERIFIED,
        quote == null ? null : quote.documentId, quote == null ? null : quote.page, quote == null ? null : quote.text,
        quote == null ? null : quote.start, quote == null ? null : quote.end, evidence.note(), null, who.email());
    long id = db.write(tx -> {
      long factId = FactStore.append(tx, fact);
      if (evidence.attachment() != null) {
        Evidence.Attachment file = evidence.attachment();
        String sha = ContentStore.put(tx, file.bytes(), file.mediaType());
        tx.insertInto(FACT_ATTACHMENT)
            .set(FACT_ATTACHMENT.FACT_ID, factId)
            .set(FACT_ATTACHMENT.SHA256, sha)
            .set(FACT_ATTACHMENT.FILE_NAME, file.fileName())
            .onConflictDoNothing()
            .execute();
      }
      AuditLog.record(tx, who.id(), "fact.verify", "offer " + offerId + " / " + attribute.id(), String.valueOf(value));
      return factId;
    });
    return id;
  }

  /** The files attached to a fact, as (sha256, file name). */
  public List<Attached> attachments(long factId) {
    return db.read().select(FACT_ATTACHMENT.SHA256, FACT_ATTACHMENT.FILE_NAME).from(FACT_ATTACHMENT)
        .where(FACT_ATTACHMENT.FACT_ID.eq(factId)).fetch(r -> new Attached(r.value1(), r.value2()));
  }

  public Optional<Attached> attachment(long factId, String sha256) {
    return attachments(factId).stream().filter(a -> a.sha256().equals(sha256)).findFirst();
  }

  /** A file attached to a fact. */
  public record Attached(String sha256, String fileName) {}

  private record QuoteAt(long documentId, int page, String text, int start, int end) {}

  /** The quote must be words of that page of a document of this offer, found verbatim. */
  private QuoteAt locate(long offerId, Evidence.Quote quote) {
    StoredDocument doc = documents.find(quote.documentId())
        .filter(d -> d.offerId() == offerId)
        .orElseThrow(() -> new IllegalArgumentException("no such document of this offer: " + quote.documentId()));
    Page page = documents.page(doc.id(), quote.page())
        .orElseThrow(() -> new IllegalArgumentException("the document has no page " + quote.page()));
    // A long extracted quote was cut and marked (QuoteCap): its verbatim part is what is searched.
    String wanted = quote.text() == null ? "" : QuoteCap.verbatim(quote.text().strip());
    int at = wanted.isEmpty() ? -1 : page.text().indexOf(wanted);
    if (at < 0) throw new IllegalArgumentException("the quote is not on page " + quote.page() + " of that document");
    return new QuoteAt(doc.id(), page.number(), wanted, at, at + wanted.length());
  }
}
