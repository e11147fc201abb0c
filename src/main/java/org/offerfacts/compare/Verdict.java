package org.offerfacts.compare;

/** What a clause says of an offer. Unknown is its own answer: silence is not a "no". */
public enum Verdict {
  PASS, FAIL, UNKNOWN;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Alternatives of one clause: one pass is enough; otherwise a doubt stays a doubt. */
  static Verdict anyOf(Iterable<Verdict> verdicts) {
    boolean unknown = false;
    for (Verdict v : verdicts) {
      if (v == PASS) return PASS;
      if (v == UNKNOWN) unknown = true;
    }
    return unknown ? UNKNOWN : FAIL;
  }

  /** Requirements all together: one failure fails the offer; otherwise any doubt remains. */
  static Verdict allOf(Iterable<Verdict> verdicts) {
    boolean unknown = false;
    for (Verdict v : verdicts) {
      if (v == FAIL) return FAIL;
      if (v == UNKNOWN) unknown = true;
    }
    return unknown ? UNKNOWN : PASS;
  }
}
