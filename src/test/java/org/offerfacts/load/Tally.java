package org.offerfacts.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Requests per kind with their latencies, and every answer that was not the one expected. */
final class Tally {
  private final Map<String, ConcurrentLinkedQueue<Long>> nanos = new TreeMap<>();
  final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();

  Tally(List<String> kinds) {
    kinds.forEach(kind -> nanos.put(kind, new ConcurrentLinkedQueue<>()));
  }

  void record(String kind, int status, int expected, long took, String body) {
    nanos.get(kind).add(took);
    if (status != expected) errors.add(kind + " answered " + status + ": " + body.substring(0, Math.min(200, body.length())));
  }

  void failed(String kind, Exception e) {
    errors.add(kind + " failed: " + e);
  }

  long count(String kind) {
    return nanos.get(kind).size();
  }

  long total() {
    return nanos.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
  }

  /** One line per kind: count, median, 95th percentile and slowest, in milliseconds. */
  String table() {
    StringBuilder out = new StringBuilder(String.format("%-12s %8s %8s %8s %8s%n", "request", "count", "p50 ms", "p95 ms", "max ms"));
    nanos.forEach((kind, all) -> {
      List<Long> sorted = new ArrayList<>(all);
      sorted.sort(null);
      out.append(String.format("%-12s %8d %8.1f %8.1f %8.1f%n", kind, sorted.size(), ms(sorted, 0.50), ms(sorted, 0.95),
          ms(sorted, 1.0)));
    });
    return out.toString();
  }

  private static double ms(List<Long> sorted, double quantile) {
    if (sorted.isEmpty()) return 0;
    int at = (int) Math.ceil(quantile * sorted.size()) - 1;
    return sorted.get(Math.max(0, at)) / 1e6;
  }
}
