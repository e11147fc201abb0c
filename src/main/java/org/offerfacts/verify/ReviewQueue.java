package org.offerfacts.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.offerfacts.store.FactStatus;
import org.offerfacts.store.FactStore;
import org.offerfacts.store.Offer;
import org.offerfacts.store.OfferStore;
import org.offerfacts.store.StoredFact;

/**
 * What technicians should look at next, per offer: disputes first (a document or an answer
 * disagrees with a verified fact), then what only a rule has read, least confident first, then
 * answers whose evidence has grown old.
 */
public final class ReviewQueue {
  private final FactStore facts;
  private final OfferStore offers;
  private final Duration staleAfter;

  public ReviewQueue(FactStore facts, OfferStore offers, Duration staleAfter) {
    this.facts = facts;
    this.offers = offers;
    this.staleAfter = staleAfter;
  }

  public enum Reason { DISPUTED, UNVERIFIED, STALE }

  /** One cell to review and the fact that puts it in the queue. */
  public record Item(Offer offer, Reason reason, StoredFact fact, StoredFact verified) {}

  public List<Item> items() {
    List<Offer> all = offers.all();
    Map<Long, Offer> byId = new LinkedHashMap<>();
    all.forEach(o -> byId.put(o.id(), o));
    List<Item> disputed = new ArrayList<>();
    List<Item> unverified = new ArrayList<>();
    List<Item> stale = new ArrayList<>();
    Instant horizon = Instant.now().minus(staleAfter);
    Map<String, List<StoredFact>> cells = new LinkedHashMap<>();
    for (StoredFact f : facts.ofOffers(byId.keySet())) {
      cells.computeIfAbsent(f.offerId() + "/" + f.attribute(), k -> new ArrayList<>()).add(f);
    }
    for (List<StoredFact> history : cells.values()) {
      Offer offer = byId.get(history.get(0).offerId());
      StoredFact verified = FactRecorder.latestVerified(history, history.get(0).attribute());
      for (StoredFact f : history) {
        // A dispute is settled by a verification made after it.
        if (f.status() == FactStatus.DISPUTED && (verified == null || verified.id() < f.id())) {
          disputed.add(new Item(offer, Reason.DISPUTED, f, verified));
        }
      }
      StoredFact current = current(history);
      if (current == null) continue;
      if (current.status() == FactStatus.EXTRACTED) unverified.add(new Item(offer, Reason.UNVERIFIED, current, null));
      else if (Instant.parse(current.recordedAt()).isBefore(horizon)) stale.add(new Item(offer, Reason.STALE, current, verified));
    }
    unverified.sort(Comparator.comparingDouble((Item i) -> i.fact().confidence() == null ? 0 : i.fact().confidence()));
    List<Item> queue = new ArrayList<>(disputed);
    queue.addAll(unverified);
    queue.addAll(stale);
    return queue;
  }

  /** The newest fact of the highest rank; disputed facts never stand by themselves. */
  static StoredFact current(List<StoredFact> history) {
    StoredFact best = null;
    for (StoredFact f : history) {
      if (f.status() == FactStatus.DISPUTED) continue;
      if (best == null || f.status().rank >= best.status().rank) best = f;
    }
    return best;
  }
}
