package org.offerfacts.extract;

import java.util.ArrayList;
import java.util.List;
import org.offerfacts.catalog.Condition;

/**
 * Gives each condition cue to the statement it qualifies. In "le port 25 est bloqué par défaut,
 * ouvert sur demande" both readings stand near both cues; a reader attaches "par défaut" to
 * "bloqué" and "sur demande" to "ouvert": a cue in another clause than a reading's predicate
 * goes to a nearer predicate if there is one. Within one clause a cue qualifies every reading
 * ("préfixe IPv6 /48 délégué sur demande": the IPv6 and its prefix), and readings of one
 * attribute never compete with each other.
 */
final class ConditionSettler {
  private static final int CONDITION_REACH = 12;

  private ConditionSettler() {}

  static List<Candidate> settle(PageReading page, List<Draft> drafts) {
    List<Candidate> out = new ArrayList<>();
    for (Draft d : drafts) {
      List<String> conditions = new ArrayList<>(d.stated());
      for (Cue cue : d.cues()) {
        if (!conditions.contains(cue.condition()) && nearest(page, d, cue, drafts)) conditions.add(cue.condition());
      }
      Object value = d.value();
      // An announced feature ("planned", "coming soon") is not available today.
      if (value instanceof Boolean b && b && conditions.stream().anyMatch(page::negatesAvailability)) value = false;
      String quote = page.text.substring(d.start(), d.end());
      out.add(new Candidate(d.rule(), value, conditions, page.page, quote, d.start(), d.end(), d.confidence()));
    }
    return out;
  }

  private static boolean nearest(PageReading page, Draft d, Cue cue, List<Draft> drafts) {
    if (sameClause(page, cue, d.predicate())) return true;
    double mine = distance(page, cue, d.predicate());
    for (Draft other : drafts) {
      if (other.segment() != d.segment() || other.rule().attribute() == d.rule().attribute()) continue;
      if (other.cues().contains(cue) && distance(page, cue, other.predicate()) < mine) return false;
    }
    return true;
  }

  /** A condition cue found in a segment, by its condition id and place. */
  record Cue(String condition, int start, int end) {}

  /**
   * Condition cues near the predicate, without a contrast ("but", "néanmoins") between them: "by
   * default" in "by default, port 25 is blocked, but you can open it" qualifies the block, not
   * the opening. A cue inside a longer cue of another condition is part of that one: "extra
   * cost" in "no extra cost" says included, not paid. A cue inside one of its condition's
   * exceptions says nothing ("y compris" is "including", not "included").
   */
  static List<Cue> cues(PageReading page, Segment s, int[] predicate) {
    List<Cue> found = new ArrayList<>();
    for (var entry : page.book.conditionCues.entrySet()) {
      for (int cue : entry.getValue()) {
        for (int[] c : page.hits.all(cue, s.start(), s.end())) {
          if (closeWithoutContrast(page, c, predicate) && !withinLongerCue(page, s, c, entry.getKey())
              && !page.inside(s, c, page.book.conditionExceptions.get(entry.getKey()))) {
            found.add(new Cue(entry.getKey().id(), c[0], c[1]));
          }
        }
      }
    }
    return found;
  }

  private static boolean withinLongerCue(PageReading page, Segment s, int[] c, Condition own) {
    for (var entry : page.book.conditionCues.entrySet()) {
      if (entry.getKey() == own) continue;
      for (int cue : entry.getValue()) {
        for (int[] x : page.hits.all(cue, s.start(), s.end())) {
          if (x[0] <= c[0] && c[1] <= x[1] && x[1] - x[0] > c[1] - c[0]) return true;
        }
      }
    }
    return false;
  }

  /** How far a cue stands from a predicate, in words; across a clause break counts half a word more. */
  private static double distance(PageReading page, Cue cue, int[] predicate) {
    int from = Math.min(cue.end(), predicate[1]);
    int to = Math.max(cue.start(), predicate[0]);
    return page.words(from, to) + (sameClause(page, cue, predicate) ? 0 : 0.5);
  }

  private static boolean sameClause(PageReading page, Cue cue, int[] predicate) {
    return !page.between(Math.min(cue.end(), predicate[1]), Math.max(cue.start(), predicate[0]), page.clauseBreaks);
  }

  private static boolean closeWithoutContrast(PageReading page, int[] a, int[] b) {
    int from = Math.min(a[1], b[1]);
    int to = Math.max(a[0], b[0]);
    if (to <= from) return true;
    return page.words(from, to) <= CONDITION_REACH && !page.between(from, to, page.contrasts);
  }
}
