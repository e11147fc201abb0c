package org.offerfacts.extract;

import java.util.Arrays;

/** Where each term occurs in a page: per term, sorted start and end offsets. */
final class TermHits {
  private final int[][] starts;
  private final int[][] ends;
  private final int[] counts;

  TermHits(int termCount) {
    starts = new int[termCount][];
    ends = new int[termCount][];
    counts = new int[termCount];
  }

  void add(int term, int start, int end) {
    if (starts[term] == null) {
      starts[term] = new int[4];
      ends[term] = new int[4];
    }
    int n = counts[term];
    for (int i = 0; i < n; i++) if (starts[term][i] == start) return;
    if (n == starts[term].length) {
      starts[term] = Arrays.copyOf(starts[term], n * 2);
      ends[term] = Arrays.copyOf(ends[term], n * 2);
    }
    starts[term][n] = start;
    ends[term][n] = end;
    counts[term] = n + 1;
  }

  /** How many times the term occurs. */
  int count(int term) {
    return counts[term];
  }

  /** Sorts each term's hits by position, once all are added. */
  void seal() {
    for (int t = 0; t < counts.length; t++) {
      int n = counts[t];
      if (n < 2) continue;
      long[] packed = new long[n];
      for (int i = 0; i < n; i++) packed[i] = ((long) starts[t][i] << 32) | (ends[t][i] & 0xffffffffL);
      Arrays.sort(packed);
      for (int i = 0; i < n; i++) {
        starts[t][i] = (int) (packed[i] >>> 32);
        ends[t][i] = (int) packed[i];
      }
    }
  }

  /** The first hit of the term inside [from, to), as {start, end, term}, or null. */
  int[] first(int term, int from, int to) {
    int n = counts[term];
    if (n == 0) return null;
    int i = lowerBound(starts[term], n, from);
    if (i < n && ends[term][i] <= to) return new int[] {starts[term][i], ends[term][i], term};
    return null;
  }

  /** Every hit of the term inside [from, to), as {start, end, term}. */
  java.util.List<int[]> all(int term, int from, int to) {
    java.util.List<int[]> out = new java.util.ArrayList<>();
    int n = counts[term];
    for (int i = lowerBound(starts[term] == null ? new int[0] : starts[term], n, from); i < n; i++) {
      if (starts[term][i] >= to) break;
      if (ends[term][i] <= to) out.add(new int[] {starts[term][i], ends[term][i], term});
    }
    return out;
  }

  /** The earliest hit of any of the terms inside [from, to) that does not overlap {@code other}. */
  int[] firstOfAnyApartFrom(int[] terms, int from, int to, int[] other) {
    int[] best = null;
    for (int t : terms) {
      for (int[] hit : all(t, from, to)) {
        boolean overlaps = hit[0] < other[1] && other[0] < hit[1];
        if (overlaps) continue;
        if (best == null || hit[0] < best[0]) best = hit;
        break;
      }
    }
    return best;
  }

  /** The first hit of any of the terms inside [from, to), earliest first. */
  int[] firstOfAny(int[] terms, int from, int to) {
    int[] best = null;
    for (int t : terms) {
      int[] hit = first(t, from, to);
      if (hit != null && (best == null || hit[0] < best[0])) best = hit;
    }
    return best;
  }

  private static int lowerBound(int[] sorted, int n, int key) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
