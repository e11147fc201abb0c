package org.offerfacts.sheet;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.offerfacts.ingest.Page;
import org.offerfacts.sheet.ImportPlan.PlannedFact;
import org.offerfacts.sheet.ImportPlan.PlannedOffer;
import org.offerfacts.store.DocumentStore;
import org.offerfacts.store.FactStore;
import org.offerfacts.store.NewDocument;
import org.offerfacts.store.NewFact;
import org.offerfacts.store.NewOffer;
import org.offerfacts.store.OfferStore;
import org.offerfacts.store.StoredFact;

/**
 * Records a plan: the sheet becomes a one-page document of each offer it feeds (the same bytes
 * are one document per offer, however often they are imported), and each planned fact is
 * appended with that document, page 1 and its cells as the quote. Offers, documents and facts go
 * in one transaction: a crash or a failure half-way leaves none of them, never a document
 * without its facts or a new offer with nothing on it.
 */
public final class ImportWriter {
  private final DocumentStore documents;

  public ImportWriter(DocumentStore documents) {
    this.documents = documents;
  }

  public ImportResult write(ImportPlan plan, ImportOptions options, String sheetText) {
    Written written = documents.write(tx -> write(tx, plan, options, sheetText));
    String ids = written.offerIds().stream().map(String::valueOf).collect(Collectors.joining(","));
    return new ImportResult(List.copyOf(written.offerIds()), written.appended(), written.already(),
        ids.isEmpty() ? null : "/compare?offers=" + ids);
  }

  private record Written(Set<Long> offerIds, int appended, int already) {}

  private Written write(DSLContext tx, ImportPlan plan, ImportOptions options, String sheetText) {
    Set<Long> offerIds = new LinkedHashSet<>();
    int appended = 0;
    int already = 0;
    for (PlannedOffer planned : plan.offers()) {
      if (planned.facts().isEmpty()) continue;
      long offerId = planned.create()
          ? OfferStore.create(tx, NewOffer.of(planned.supplier(), planned.name()))
          : OfferStore.find(tx, planned.offerId()).orElseThrow(() -> new IllegalArgumentException("offer "
              + planned.offerId() + " no longer exists")).id();
      offerIds.add(offerId);
      long docId = documents.add(tx, new NewDocument(offerId, plan.sha256(), options.fileName(),
          options.fileName(), null, List.of(new Page(1, sheetText)), List.of(), null));
      List<StoredFact> before = FactStore.ofDocument(tx, docId);
      // The same bytes uploaded earlier as an ordinary document hold that reading's text: offsets
      // into our text would point elsewhere there, so the quote then stands without them.
      boolean ownText = DocumentStore.page(tx, docId, 1).map(p -> p.text().equals(sheetText)).orElse(false);
      for (PlannedFact fact : planned.facts()) {
        NewFact next = new NewFact(offerId, fact.attribute(), fact.value(), fact.conditions(), options.status(),
            docId, 1, fact.quote(), ownText ? fact.quoteStart() : null, ownText ? fact.quoteEnd() : null,
            "cell " + fact.cell(), null, options.author());
        if (before.stream().anyMatch(f -> same(f, next))) {
          already++;
        } else {
          FactStore.append(tx, next);
          appended++;
        }
      }
    }
    return new Written(offerIds, appended, already);
  }

  /** The same statement from the same place of the same sheet, with the same status. */
  private static boolean same(StoredFact f, NewFact n) {
    return f.attribute().equals(n.attribute()) && f.status() == n.status() && f.conditions().equals(n.conditions())
        && Objects.equals(f.quote(), n.quote())
        && Objects.equals(f.quoteStart(), n.quoteStart()) && sameValue(f.value(), n.value());
  }

  /** Stored numbers come back as Long or Double; compare them as numbers. */
  private static boolean sameValue(Object stored, Object value) {
    if (stored instanceof Number a && value instanceof Number b) return a.doubleValue() == b.doubleValue();
    return Objects.equals(stored, value);
  }
}
