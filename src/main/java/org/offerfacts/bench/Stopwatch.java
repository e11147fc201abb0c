package org.offerfacts.bench;

import java.util.Arrays;

/** Collects run times and reports their median, which one slow run cannot move. */
final class Stopwatch {
  private double[] seconds = new double[0];

  interface Work {
    void run() throws Exception;
  }

  void time(Work work) throws Exception {
    long start = System.nanoTime();
    work.run();
    double elapsed = (System.nanoTime() - start) / 1e9;
    seconds = Arrays.copyOf(seconds, seconds.length + 1);
    seconds[seconds.length - 1] = elapsed;
  }

  boolean isEmpty() {
    return seconds.length == 0;
  }

  double median() {
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
