package org.offerfacts.compare;

import java.util.List;
import org.offerfacts.store.FactStatus;
import org.offerfacts.store.StoredFact;

/**
 * What the table shows for one offer and one attribute, derived from the facts' history.
 *
 * @param current   the fact that gives the value, or null when nothing (undisputed) was stated
 * @param others    the facts that say something else, one per differing value, never hidden
 * @param sources   how many facts state the current value
 * @param documents how many documents the offer has: silence in 3 documents is not a "no"
 */
public record Cell(long offerId, String attribute, StoredFact current, List<StoredFact> others, int sources,
    int documents) {
  public Cell {
    others = List.copyOf(others);
  }

  static Cell unknown(long offerId, String attribute, int documents) {
    return new Cell(offerId, attribute, null, List.of(), 0, documents);
  }

  public boolean known() {
    return current != null;
  }

  public Object value() {
    return current == null ? null : current.value();
  }

  public List<String> conditions() {
    return current == null ? List.of() : current.conditions();
  }

  public FactStatus status() {
    return current == null ? null : current.status();
  }

  /** Whether someone said something that disagrees, even if nothing is current. */
  public boolean contested() {
    return !others.isEmpty();
  }
}
