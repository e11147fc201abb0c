package org.offerfacts.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the matcher over every reply shape: an answer counts as right when its
 * question, kind and value (or promised date) are those a careful reader finds. Floors: P ≥ 0.95,
 * R ≥ 0.90 — a wrong answer costs a buyer more than a missed one, which the review screen shows
 * as unanswered.
 */
class ReplyMatcherScoreTest {
  static final LocalDate REPLY_DATE = LocalDate.of(2026, 11, 24);
  private static final ReplyMatcher MATCHER = new ReplyMatcher(Sheets.CATALOG);

  @Test
  void precision_and_recall_over_all_reply_shapes_stay_above_their_floors() {
    int right = 0;
    int found = 0;
    int expected = 0;
    List<String> misses = new ArrayList<>();
    List<ReplyShapes.Shape> shapes = ReplyShapes.all();
    for (ReplyShapes.Shape shape : shapes) {
      Set<String> want = new HashSet<>(shape.expected());
      List<String> got = MATCHER.match(shape.sheet(), shape.reply(), REPLY_DATE).stream().map(ReplyMatcherScoreTest::compact).toList();
      found += got.size();
      expected += want.size();
      for (String g : got) {
        if (want.contains(g)) right++;
        else misses.add(shape.name() + ": found " + g + " (expected " + want + ")");
      }
      for (String w : want) if (!got.contains(w)) misses.add(shape.name() + ": missed " + w);
    }
    double precision = found == 0 ? 0 : (double) right / found;
    double recall = expected == 0 ? 0 : (double) right / expected;
    System.out.printf("reply matcher over %d shapes: precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
        shapes.size(), precision, right, found, recall, right, expected);
    misses.forEach(m -> System.out.println("  " + m));
    assertThat(shapes).hasSizeGreaterThanOrEqualTo(30);
    assertThat(precision).as("precision; misses: %s", misses).isGreaterThanOrEqualTo(0.95);
    assertThat(recall).as("recall; misses: %s", misses).isGreaterThanOrEqualTo(0.90);
  }

  /** "n kind [value|date]", numbers without a needless ".0". */
  static String compact(Answer a) {
    String out = a.n() + " " + a.kind().id();
    if (a.kind() == Answer.Kind.PROMISED && a.promisedBy() != null) out += " " + a.promisedBy();
    if (a.kind() == Answer.Kind.VALUE) {
      Object v = a.value();
      if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) v = n.longValue();
      out += " " + v;
    }
    return out;
  }
}
