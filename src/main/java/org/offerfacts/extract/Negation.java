package org.offerfacts.extract;

/**
 * Whether a statement is negated, as a careful reader tells: by a cue before its predicate, a
 * short cue right before any of its terms, or a denial after them, all within one clause.
 */
final class Negation {
  private Negation() {}

  /**
   * Whether a trigger is negated: a cue before it in its clause (within the window; short cues
   * such as "sans" only just before it), or a denial ("not available") after it in its clause.
   * Only a predicate takes the long cues: in "impossible de débloquer le port 25, qui reste
   * bloqué" the cue negates "débloquer", not the port. Cues and denials that are part of the
   * rule's own wording state the fact rather than deny it: "interdit" in a rule that reads a
   * prohibition, "not allowed" in "port 25 is not allowed".
   */
  static boolean negated(PageReading page, Segment s, int[] hit, boolean predicate, int[] ownTerms) {
    RuleBook book = page.book;
    TermHits hits = page.hits;
    if (hit.length > 2 && book.negativeTerm[hit[2]]) return false;
    int clauseStart = page.clauseStart(s, hit[0]);
    int clauseEnd = page.clauseEnd(s, hit[1]);
    var language = book.catalog.language();
    if (predicate && cueBefore(page, s, hit, book.negationCues, language.negationWindow(), clauseStart, ownTerms)) {
      return true;
    }
    if (cueBefore(page, s, hit, book.shortNegationCues, language.shortNegationWindow(), clauseStart, ownTerms)) {
      return true;
    }
    for (int denial : book.denials) {
      for (int[] d : hits.all(denial, hit[1], clauseEnd)) {
        if (!page.inside(s, d, ownTerms)) return true;
      }
    }
    return false;
  }

  private static boolean cueBefore(PageReading page, Segment s, int[] hit, int[] cues, int window, int clauseStart,
      int[] ownTerms) {
    for (int cue : cues) {
      for (int[] c : page.hits.all(cue, clauseStart, hit[0])) {
        if (c[1] > hit[0] || page.inside(s, c, page.book.negationExceptions) || insideOwnWording(page, s, c, ownTerms)) {
          continue;
        }
        if (restrictive(page, cue, c, hit)) continue;
        if (page.words(c[1], hit[0]) <= window) return true;
      }
    }
    return false;
  }

  /**
   * A cue within the rule's own wording states the fact ("interdit" where the rule reads a
   * prohibition), unless that wording is itself a negation of the statement ("no ports" in "no
   * ports are blocked").
   */
  private static boolean insideOwnWording(PageReading page, Segment s, int[] cue, int[] ownTerms) {
    for (int t : ownTerms) {
      if (page.book.negativeTerm[t]) continue;
      for (int[] x : page.hits.all(t, s.start(), s.end())) {
        if (x[0] <= cue[0] && cue[1] <= x[1]) return true;
      }
    }
    return false;
  }

  /** "ne … que" is "only": a "que" within three words after "ne", before any other cue. */
  private static boolean restrictive(PageReading page, int cue, int[] c, int[] hit) {
    boolean restrictiveCue = false;
    for (int r : page.book.restrictiveCues) restrictiveCue |= r == cue;
    if (!restrictiveCue) return false;
    int[] only = page.hits.firstOfAny(page.book.restrictiveWords, c[1], Math.max(c[1], hit[1] + 40));
    if (only == null || page.words(c[1], only[0]) > 3) return false;
    return page.hits.firstOfAny(page.book.negationCues, c[1], only[0]) == null;
  }
}
