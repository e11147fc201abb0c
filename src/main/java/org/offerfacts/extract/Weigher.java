package org.offerfacts.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Weighs one attribute's readings in one document: agreeing readings support each other,
 * disagreeing ones become a conflict, and a value is recorded only when it clearly wins.
 */
final class Weigher {
  static final double THRESHOLD = 0.5;
  private static final double SUPPORT_BONUS = 0.05;
  private static final double CLEAR_MARGIN = 0.05;

  /** The readings that agree on one value. */
  private record Group(Object value, List<Candidate> readings, double score) {
    Candidate best() {
      return readings.get(0);
    }
  }

  record Outcome(Optional<Fact> fact, Optional<Conflict> conflict) {}

  Outcome weigh(String attribute, List<Candidate> candidates) {
    List<Group> groups = group(candidates);
    if (groups.isEmpty() || groups.get(0).score() < THRESHOLD) return new Outcome(Optional.empty(), Optional.empty());
    Group best = groups.get(0);
    Fact fact = withConfidence(best.best().toFact(), best.score());
    if (groups.size() == 1) return new Outcome(Optional.of(fact), Optional.empty());
    boolean clear = groups.get(1).score() < best.score() - CLEAR_MARGIN;
    List<Fact> readings = groups.stream().map(g -> withConfidence(g.best().toFact(), g.score())).toList();
    Conflict conflict = new Conflict(attribute, readings, clear);
    return new Outcome(clear ? Optional.of(fact) : Optional.empty(), Optional.of(conflict));
  }

  private static List<Group> group(List<Candidate> candidates) {
    List<List<Candidate>> buckets = new ArrayList<>();
    for (Candidate c : candidates) {
      List<Candidate> bucket = buckets.stream().filter(b -> Fact.sameValue(b.get(0).value(), c.value())).findFirst().orElse(null);
      if (bucket == null) {
        bucket = new ArrayList<>();
        buckets.add(bucket);
      }
      bucket.add(c);
    }
    List<Group> groups = new ArrayList<>();
    for (List<Candidate> bucket : buckets) {
      bucket.sort(Comparator.comparingDouble(Candidate::confidence).reversed()
          .thenComparingInt(Candidate::page).thenComparingInt(Candidate::start));
      long places = bucket.stream().map(c -> c.page() + ":" + c.start()).distinct().count();
      double score = Math.min(0.99, bucket.get(0).confidence() + SUPPORT_BONUS * (places - 1));
      groups.add(new Group(bucket.get(0).value(), bucket, score));
    }
    groups.sort(Comparator.comparingDouble(Group::score).reversed());
    return groups;
  }



  private static Fact withConfidence(Fact f, double confidence) {
    return new Fact(f.attribute(), f.value(), f.conditions(), f.page(), f.quote(), f.start(), f.end(),
        Math.round(confidence * 100) / 100.0, f.rule());
  }
}
