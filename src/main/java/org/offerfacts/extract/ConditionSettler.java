package org.offerfacts.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives each condition cue to the statement it qualifies. In "le port 25 est bloqué par défaut,
 * ouvert sur demande" both readings stand near both cues; a reader attaches "par défaut" to
 * "bloqué" and "sur demande" to "ouvert": a cue in another clause than a reading's predicate
 * goes to a nearer predicate if there is one. Within one clause a cue qualifies every reading
 * ("préfixe IPv6 /48 délégué sur demande": the IPv6 and its prefix), and readings of one
 * attribute never compete with each other.
 */
final class ConditionSettler {
  private ConditionSettler() {}

  static List<Candidate> settle(PageReading page, List<Draft> drafts) {
    List<Candidate> out = new ArrayList<>();
    for (Draft d : drafts) {
      List<String> conditions = new ArrayList<>(d.stated());
      for (PageReading.Cue cue : d.cues()) {
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

  private static boolean nearest(PageReading page, Draft d, PageReading.Cue cue, List<Draft> drafts) {
    if (page.sameClause(cue, d.predicate())) return true;
    double mine = page.distance(cue, d.predicate());
    for (Draft other : drafts) {
      if (other.segment() != d.segment() || other.rule().attribute() == d.rule().attribute()) continue;
      if (other.cues().contains(cue) && page.distance(cue, other.predicate()) < mine) return false;
    }
    return true;
  }
}
