package org.offerfacts.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.offerfacts.extract.DocumentFacts;
import org.offerfacts.extract.Fact;

/**
 * Scores one document's facts against its labels, as the corpus README defines it: only core
 * attributes count, ambiguous ones are ignored, numbers match within 1 %.
 */
final class Scorer {
  private final Set<String> core;

  Scorer(Set<String> coreAttributes) {
    this.core = coreAttributes;
  }

  void score(CorpusDocument doc, DocumentFacts result, FormResult into) {
    List<Label> unmatched = new ArrayList<>(doc.labels());
    for (Fact fact : result.facts()) {
      if (!core.contains(fact.attribute()) || doc.ambiguous().contains(fact.attribute())) continue;
      Label match = unmatched.stream()
          .filter(l -> l.attribute().equals(fact.attribute()) && Fact.sameValue(l.value(), fact.value()))
          .findFirst().orElse(null);
      if (match != null) {
        unmatched.remove(match);
        into.count(fact.attribute(), new Score(1, 0, 0));
      } else {
        into.count(fact.attribute(), new Score(0, 1, 0));
        into.falsePositive(new FormResult.FalsePositive(doc.id(), fact));
      }
    }
    for (Label label : unmatched) {
      into.count(label.attribute(), new Score(0, 0, 1));
      Fact instead = result.facts().stream().filter(f -> f.attribute().equals(label.attribute())).findFirst().orElse(null);
      into.miss(new FormResult.Miss(doc.id(), label, instead));
    }
  }
}
