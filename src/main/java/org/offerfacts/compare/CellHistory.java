package org.offerfacts.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;
import org.offerfacts.store.FactStatus;
import org.offerfacts.store.StoredFact;

/**
 * Turns the append-only history of facts into cells. The current value is the fact of the
 * highest rank (verified, then supplier-stated, then extracted), among those the one with the
 * strongest evidence (a contract before a brochure), then the newest; a disputed fact never
 * becomes current by itself. Everything that disagrees stays beside the value.
 */
public final class CellHistory {
  /** Highest rank first, then the strongest evidence, then newest first. */
  private static Comparator<StoredFact> bestFirst(ToIntFunction<StoredFact> strength) {
    return Comparator.comparingInt((StoredFact f) -> f.status().rank).thenComparingInt(strength)
        .thenComparingLong(StoredFact::id).reversed();
  }

  private CellHistory() {}

  /** The cells of every offer and attribute that has at least one fact. */
  public static Cells derive(List<StoredFact> facts, Map<Long, Integer> documentsByOffer) {
    return derive(facts, documentsByOffer, f -> 0);
  }

  /** @param strength how strong each fact's evidence is (see verify.EvidenceKind) */
  public static Cells derive(List<StoredFact> facts, Map<Long, Integer> documentsByOffer, ToIntFunction<StoredFact> strength) {
    Map<Long, Map<String, List<StoredFact>>> grouped = new LinkedHashMap<>();
    for (StoredFact f : facts) {
      grouped.computeIfAbsent(f.offerId(), k -> new LinkedHashMap<>())
          .computeIfAbsent(f.attribute(), k -> new ArrayList<>()).add(f);
    }
    Map<Long, Map<String, Cell>> cells = new LinkedHashMap<>();
    grouped.forEach((offerId, byAttribute) -> {
      int documents = documentsByOffer.getOrDefault(offerId, 0);
      Map<String, Cell> row = new LinkedHashMap<>();
      byAttribute.forEach((attribute, history) -> row.put(attribute, cell(offerId, attribute, history, documents, strength)));
      cells.put(offerId, row);
    });
    return new Cells(cells, documentsByOffer);
  }

  static Cell cell(long offerId, String attribute, List<StoredFact> history, int documents) {
    return cell(offerId, attribute, history, documents, f -> 0);
  }

  static Cell cell(long offerId, String attribute, List<StoredFact> history, int documents, ToIntFunction<StoredFact> strength) {
    List<StoredFact> ranked = history.stream().sorted(bestFirst(strength)).toList();
    StoredFact current = ranked.stream().filter(f -> f.status() != FactStatus.DISPUTED).findFirst().orElse(null);
    List<StoredFact> others = new ArrayList<>();
    int sources = 0;
    for (StoredFact f : ranked) {
      if (current != null && sameValue(f.value(), current.value())) {
        if (f.status() != FactStatus.DISPUTED) sources++;
        continue;
      }
      if (others.stream().noneMatch(o -> sameValue(o.value(), f.value()))) others.add(f);
    }
    return new Cell(offerId, attribute, current, others, sources, documents);
  }

  /** 4 and 4.0 are the same value: numbers come back from JSON as Long or Double. */
  static boolean sameValue(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
    return Objects.equals(a, b);
  }
}
