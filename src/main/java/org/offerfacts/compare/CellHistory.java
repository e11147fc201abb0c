package org.offerfacts.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.offerfacts.store.FactStatus;
import org.offerfacts.store.StoredFact;

/**
 * Turns the append-only history of facts into cells. The current value is the newest fact of
 * the highest rank (verified, then supplier-stated, then extracted); a disputed fact never
 * becomes current by itself. Everything that disagrees stays beside the value.
 */
public final class CellHistory {
  /** Highest rank first, then newest first. */
  private static final Comparator<StoredFact> BEST_FIRST =
      Comparator.comparingInt((StoredFact f) -> f.status().rank).thenComparingLong(StoredFact::id).reversed();

  private CellHistory() {}

  /** The cells of every offer and attribute that has at least one fact. */
  public static Cells derive(List<StoredFact> facts, Map<Long, Integer> documentsByOffer) {
    Map<Long, Map<String, List<StoredFact>>> grouped = new LinkedHashMap<>();
    for (StoredFact f : facts) {
      grouped.computeIfAbsent(f.offerId(), k -> new LinkedHashMap<>())
          .computeIfAbsent(f.attribute(), k -> new ArrayList<>()).add(f);
    }
    Map<Long, Map<String, Cell>> cells = new LinkedHashMap<>();
    grouped.forEach((offerId, byAttribute) -> {
      int documents = documentsByOffer.getOrDefault(offerId, 0);
      Map<String, Cell> row = new LinkedHashMap<>();
      byAttribute.forEach((attribute, history) -> row.put(attribute, cell(offerId, attribute, history, documents)));
      cells.put(offerId, row);
    });
    return new Cells(cells, documentsByOffer);
  }

  static Cell cell(long offerId, String attribute, List<StoredFact> history, int documents) {
    List<StoredFact> ranked = history.stream().sorted(BEST_FIRST).toList();
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
