package org.offerfacts.compare;

import java.util.Comparator;

/**
 * How columns sort by a value: numbers by size, "no" before "yes", text alphabetically, and
 * unknown values last in either direction, so that sorting never passes silence off as the best.
 */
final class ColumnOrder {
  static final Comparator<Object> KNOWN_FIRST = (a, b) -> compare(a, b, false);
  static final Comparator<Object> KNOWN_FIRST_DESCENDING = (a, b) -> compare(a, b, true);

  private ColumnOrder() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object a, Object b, boolean descending) {
    if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
    int order = a.getClass() == b.getClass() && a instanceof Comparable c
        ? c.compareTo(b) : String.valueOf(a).compareTo(String.valueOf(b));
    return descending ? -order : order;
  }
}
