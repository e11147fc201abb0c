package org.offerfacts.extract;

import java.util.Arrays;
import java.util.List;

/**
 * Where a list of literal marks (clause breaks, contrasts) occurs in a page's folded text, found
 * once per page. Asking a segment for its clause boundaries used to test every mark at every
 * character of the segment, for every trigger; a binary search in the page's marks answers the
 * same question.
 */
final class Marks {
  /** Starts of every occurrence, ascending; at one start, in the order the marks are listed. */
  private final int[] starts;
  private final int[] ends;

  private Marks(int[] starts, int[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  static Marks in(String folded, List<String> marks) {
    long[] packed = new long[16];
    int n = 0;
    for (int rank = 0; rank < marks.size(); rank++) {
      String mark = marks.get(rank);
      if (mark.isEmpty()) continue; // would stand everywhere and mean nothing
      for (int at = folded.indexOf(mark); at >= 0; at = folded.indexOf(mark, at + 1)) {
        if (n == packed.length) packed = Arrays.copyOf(packed, n * 2);
        packed[n++] = ((long) at << 32) | rank;
      }
    }
    Arrays.sort(packed, 0, n);
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      starts[i] = (int) (packed[i] >>> 32);
      ends[i] = starts[i] + marks.get((int) packed[i]).length();
    }
    return new Marks(starts, ends);
  }

  /** Where the first mark starting in [from, limit) starts, or {@code limit}. */
  int firstStart(int from, int limit) {
    int i = lowerBound(from);
    return i < starts.length && starts[i] < limit ? starts[i] : limit;
  }

  /**
   * Where the last mark that starts at or after {@code from} and ends by {@code at} ends, or
   * {@code from}. Of marks starting at the same place, the one listed first wins.
   */
  int lastEnd(int from, int at) {
    int i = lowerBound(at) - 1;
    while (i >= 0 && starts[i] >= from) {
      int start = starts[i];
      int end = -1;
      for (; i >= 0 && starts[i] == start; i--) {
        if (ends[i] <= at) end = ends[i];
      }
      if (end >= 0) return end;
    }
    return from;
  }

  /** Whether a mark stands wholly within [from, to). */
  boolean anyWithin(int from, int to) {
    for (int i = lowerBound(from); i < starts.length && starts[i] < to; i++) {
      if (ends[i] <= to) return true;
    }
    return false;
  }

  /** Index of the first mark starting at or after {@code from}; with {@link #start}/{@link #end}, a way to visit them. */
  int lowerBound(int from) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  int count() {
    return starts.length;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }
}
