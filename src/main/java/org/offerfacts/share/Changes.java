package org.offerfacts.share;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.offerfacts.compare.CellHistory;
import org.offerfacts.compare.Cells;
import org.offerfacts.store.StoredFact;

/**
 * The cells of a snapshot whose value, status or conditions are not what the same cell shows
 * today: "3 values changed since this link was made".
 */
public record Changes(Set<String> cells) {
  public Changes {
    cells = Set.copyOf(cells);
  }

  /** @param history today's facts of the snapshot's offers */
  static Changes since(Snapshot snapshot, List<StoredFact> history) {
    Cells today = CellHistory.derive(history, Map.of());
    Set<String> changed = new HashSet<>();
    for (Snapshot.Group group : snapshot.groups()) {
      for (Snapshot.Row row : group.rows()) {
        for (int i = 0; i < snapshot.offers().size(); i++) {
          long offerId = snapshot.offers().get(i).id();
          Snapshot.Frozen now = Snapshot.Frozen.of(today.get(offerId, row.attribute()));
          if (!row.cells().get(i).sameAs(now)) changed.add(key(offerId, row.attribute()));
        }
      }
    }
    return new Changes(changed);
  }

  public int count() {
    return cells.size();
  }

  public boolean changed(long offerId, String attribute) {
    return cells.contains(key(offerId, attribute));
  }

  private static String key(long offerId, String attribute) {
    return offerId + "/" + attribute;
  }
}
