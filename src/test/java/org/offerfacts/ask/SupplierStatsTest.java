package org.offerfacts.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offerfacts.store.Offer;

class SupplierStatsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
  private static final Offer FIBREVAL = new Offer(1, 1, "Fibreval", "Fibre Pro", null, null, null, null, "2026-11-01T00:00:00Z");
  private static final Offer AZUR = new Offer(2, 2, "Azur", "4G Box", null, null, null, null, "2026-11-01T00:00:00Z");

  private static QuestionList list(long id, long offerId, String sentAt) {
    return new QuestionList(id, offerId, "fr", LocalDate.of(2026, 11, 27), "Q-" + id, "<m>", LocalDate.of(2026, 12, 27),
        false, sentAt, "eml", "buyer@x", sentAt);
  }

  private static TrackedQuestion q(long list, int n, String answeredAt, LocalDate promisedBy) {
    QuestionState state = QuestionState.of(LocalDate.of(2026, 11, 27), promisedBy, answeredAt != null, TODAY);
    return new TrackedQuestion(n, list, n, "ipv6", "?", promisedBy, answeredAt, answeredAt == null ? null : "yes", null, state);
  }

  @Test
  void asked_answered_share_median_days_and_promises_kept_per_supplier() {
    List<QuestionList> lists = List.of(list(1, 1, "2026-11-20T09:00:00Z"), list(2, 2, "2026-11-20T09:00:00Z"));
    List<TrackedQuestion> questions = List.of(
        q(1, 1, "2026-11-21T09:00:00Z", null),                        // 1 day
        q(1, 2, "2026-11-23T09:00:00Z", null),                        // 3 days
        q(1, 3, "2026-11-29T09:00:00Z", LocalDate.of(2026, 11, 30)),  // 9 days, promise kept
        q(1, 4, null, LocalDate.of(2026, 12, 1)),                     // promise broken: date passed
        q(2, 1, null, null));

    List<SupplierStats> stats = SupplierStats.of(lists, questions, List.of(FIBREVAL, AZUR), TODAY);

    assertThat(stats).extracting(SupplierStats::supplier).containsExactly("Azur", "Fibreval");
    SupplierStats azur = stats.get(0);
    assertThat(azur.asked()).isEqualTo(1);
    assertThat(azur.answeredPercent()).isZero();
    assertThat(azur.medianDays()).isNull();
    SupplierStats fibreval = stats.get(1);
    assertThat(fibreval.asked()).isEqualTo(4);
    assertThat(fibreval.answered()).isEqualTo(3);
    assertThat(fibreval.answeredPercent()).isEqualTo(75);
    assertThat(fibreval.medianDays()).isEqualTo(3.0);
    assertThat(fibreval.promisesMade()).isEqualTo(2);
    assertThat(fibreval.promisesKept()).isEqualTo(1);
    assertThat(fibreval.promisesBroken()).isEqualTo(1);
  }

  @Test
  void the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
    assertThat(SupplierStats.median(List.of(4.0, 1.0, 2.0, 10.0))).isEqualTo(3.0);
  }

  @Test
  void overdue_lists_only_unanswered_questions_past_their_date_oldest_first() {
    List<QuestionList> lists = List.of(list(1, 1, "2026-11-20T09:00:00Z"), list(2, 2, "2026-11-20T09:00:00Z"));
    List<TrackedQuestion> questions = List.of(q(1, 1, "2026-11-21T09:00:00Z", null), q(1, 2, null, LocalDate.of(2026, 12, 20)),
        q(2, 1, null, null), q(1, 3, null, LocalDate.of(2026, 12, 1)));

    List<Overdue> late = Overdue.of(lists, questions, List.of(FIBREVAL, AZUR));

    assertThat(late).extracting(o -> o.offer().supplier() + " " + o.question().n())
        .containsExactly("Azur 1", "Fibreval 3");
  }
}
