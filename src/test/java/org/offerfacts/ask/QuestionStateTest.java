package org.offerfacts.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuestionStateTest {
  private static final LocalDate DUE = LocalDate.of(2026, 11, 27);

  @Test
  void an_unanswered_question_is_open_until_its_due_date_inclusive_and_overdue_the_day_after() {
    assertThat(QuestionState.of(DUE, null, false, DUE.minusDays(3))).isEqualTo(QuestionState.OPEN);
    assertThat(QuestionState.of(DUE, null, false, DUE)).isEqualTo(QuestionState.OPEN);
    assertThat(QuestionState.of(DUE, null, false, DUE.plusDays(1))).isEqualTo(QuestionState.OVERDUE);
  }

  @Test
  void a_promise_moves_the_deadline_both_ways() {
    LocalDate later = DUE.plusDays(10);
    assertThat(QuestionState.of(DUE, later, false, DUE.plusDays(5))).isEqualTo(QuestionState.PROMISED);
    assertThat(QuestionState.of(DUE, later, false, later.plusDays(1))).isEqualTo(QuestionState.OVERDUE);
  }

  @Test
  void an_answered_question_is_answered_whatever_the_dates() {
    assertThat(QuestionState.of(DUE, DUE.minusDays(1), true, DUE.plusDays(100))).isEqualTo(QuestionState.ANSWERED);
  }
}
