package org.offerfacts.sheet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.offerfacts.ingest.Page;
import org.offerfacts.sheet.ImportPlan.PlannedFact;
import org.offerfacts.sheet.ImportPlan.PlannedOffer;
import org.offerfacts.store.DocumentStore;
import org.offerfacts.store.FactStore;
import org.offerfacts.store.NewDocument;
import org.offerfacts.store.NewFact;
import org.offerfacts.store.NewOffer;
import org.offerfacts.store.Offer;
import org.offerfacts.store.OfferStore;
import org.offerfacts.store.StoredDocument;
import org.offerfacts.store.StoredFact;

/**
 * Records a plan: the sheet becomes a one-page document of each offer it feeds (the same bytes
 * are one document per offer, however often they are imported), and each planned fact is
 * appended with that document, page 1 and its cells as the quote. The facts go in one
 * transaction; offers and documents are created just before, each by its own store.
 */
public final class ImportWriter {
  private final OfferStore offers;
  private final DocumentStore documents;
  private final FactStore facts;

  public ImportWriter(OfferStore offers, DocumentStore documents, FactStore facts) {
    this.offers = offers;
    this.documents = documents;
    this.facts = facts;
  }

  public ImportResult write(ImportPlan plan, ImportOptions options, String sheetText) {
    List<NewFact> toAppend = new ArrayList<>();
    Set<Long> offerIds = new LinkedHashSet<>();
    int already = 0;
    for (PlannedOffer planned : plan.offers()) {
      if (planned.facts().isEmpty()) continue;
      Offer offer = planned.create()
          ? offers.create(NewOffer.of(planned.supplier(), planned.name()))
          : offers.find(planned.offerId()).orElseThrow(() -> new IllegalArgumentException("offer "
              + planned.offerId() + " no longer exists"));
      offerIds.add(offer.id());
      StoredDocument doc = documents.add(new NewDocument(offer.id(), plan.sha256(), options.fileName(),
          options.fileName(), null, List.of(new Page(1, sheetText)), List.of(), null));
      List<StoredFact> before = facts.ofDocument(doc.id());
      // The same bytes uploaded earlier as an ordinary document hold that reading's text: offsets
      // into our text would point elsewhere there, so the quote then stands without them.
      boolean ownText = documents.page(doc.id(), 1).map(p -> p.text().equals(sheetText)).orElse(false);
      for (PlannedFact fact : planned.facts()) {
        NewFact next = new NewFact(offer.id(), fact.attribute(), fact.value(), fact.conditions(), options.status(),
            doc.id(), 1, fact.quote(), ownText ? fact.quoteStart() : null, ownText ? fact.quoteEnd() : null,
            "cell " + fact.cell(), null, options.author());
        if (before.stream().anyMatch(f -> same(f, next))) already++;
        else toAppend.add(next);
      }
    }
    facts.appendAll(toAppend);
    String ids = offerIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    return new ImportResult(List.copyOf(offerIds), toAppend.size(), already, ids.isEmpty() ? null : "/compare?offers=" + ids);
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
