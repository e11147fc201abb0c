package org.offerfacts.verify;

import java.util.List;
import org.jooq.DSLContext;
import org.offerfacts.extract.Fact;
import org.offerfacts.store.FactStatus;
import org.offerfacts.store.FactStore;
import org.offerfacts.store.NewFact;
import org.offerfacts.store.StoredFact;

/**
 * The one way new facts from documents and suppliers enter the history. What a technician has
 * verified is never overwritten by a later document or answer: a disagreeing value is recorded
 * as {@code disputed}, which puts it in the review queue instead of in the cell.
 */
public final class FactRecorder {
  /** Within the transaction that stores their document, so a crash keeps both or neither. */
  public void recordAll(DSLContext tx, long offerId, List<NewFact> incoming) {
    List<StoredFact> history = FactStore.ofOffers(tx, List.of(offerId));
    for (NewFact fact : incoming) FactStore.append(tx, againstVerified(fact, history));
  }

  /** Within the transaction of what the fact comes with (its document, its question's state). */
  public long record(DSLContext tx, NewFact fact) {
    return FactStore.append(tx, againstVerified(fact, FactStore.ofOffers(tx, List.of(fact.offerId()))));
  }

  private static NewFact againstVerified(NewFact fact, List<StoredFact> history) {
    if (fact.status() == FactStatus.VERIFIED || fact.status() == FactStatus.DISPUTED) return fact;
    StoredFact verified = latestVerified(history, fact.attribute());
    if (verified == null || sameStatement(verified, fact)) return fact;
    return new NewFact(fact.offerId(), fact.attribute(), fact.value(), fact.conditions(), FactStatus.DISPUTED,
        fact.documentId(), fact.page(), fact.quote(), fact.quoteStart(), fact.quoteEnd(), fact.note(), fact.confidence(),
        fact.author());
  }

  static StoredFact latestVerified(List<StoredFact> history, String attribute) {
    StoredFact latest = null;
    for (StoredFact f : history) {
      if (f.attribute().equals(attribute) && f.status() == FactStatus.VERIFIED) latest = f;
    }
    return latest;
  }

  /** Same value and same conditions: "blocked by default" is not "blocked". */
  private static boolean sameStatement(StoredFact verified, NewFact fact) {
    return Fact.sameValue(verified.value(), fact.value())
        && new java.util.HashSet<>(verified.conditions()).equals(new java.util.HashSet<>(fact.conditions()));
  }
}
