package org.offerfacts.evaluate;

/** Counts of true positives, false positives and false negatives, and what they mean. */
public record Score(int tp, int fp, int fn) {
  public static final Score ZERO = new Score(0, 0, 0);

  public Score plus(Score o) {
    return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  /** 1 when nothing was claimed: no claim is no wrong claim. */
  public double precision() {
    return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
  }

  /** 1 when nothing was to be found. */
  public double recall() {
    return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public int labels() {
    return tp + fn;
  }
}
