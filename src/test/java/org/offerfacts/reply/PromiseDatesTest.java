package org.offerfacts.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromiseDatesTest {
  /** A Friday: "vendredi" then means the next one, a week later. */
  private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "je reviens vers vous vendredi | 2026-12-04",
      "answer by monday | 2026-11-30",
      "d'ici le 27/11 | 2026-11-27",
      "d'ici le 3/12 | 2026-12-03",
      "le 2 decembre 2026 | 2026-12-02",
      "by december 2nd | 2026-12-02",
      "by 11/30 | 2026-11-30",
      "la semaine prochaine | 2026-12-04",
      "next week | 2026-12-04",
      "demain | 2026-11-28",
      "sous 48h | 2026-11-29",
      "within 3 business days | 2026-11-30",
      "d'ici la fin du mois | 2026-11-30",
      "2026-12-15 au plus tard | 2026-12-15"})
  void dates_are_counted_from_the_reply_date(String folded, LocalDate expected) {
    assertThat(PromiseDates.find(folded, FRIDAY).date()).isEqualTo(expected);
  }

  @Test
  void words_without_a_date_give_none() {
    assertThat(PromiseDates.find("je reviens vers vous rapidement", FRIDAY)).isNull();
    assertThat(PromiseDates.find("gtr 4h, 24h/24 et 7j/7", FRIDAY)).isNull();
  }

  @Test
  void the_quoted_question_and_its_prompt_are_never_taken_for_an_answer() {
    QuestionSheet sheet = ReplyShapes.FR;
    String question = "> 1. " + sheet.questions().get(0).text() + "\n>    (oui / non / pas encore connu, réponse avant le 27/11)\n";
    String prompts = "1. " + sheet.questions().get(0).text() + " (oui / non / pas encore connu, réponse avant le 27/11)\n";
    ReplyMatcher matcher = new ReplyMatcher(Sheets.CATALOG);

    assertThat(matcher.match(sheet, question, FRIDAY)).isEmpty();
    assertThat(matcher.match(sheet, prompts, FRIDAY)).isEmpty();
    assertThat(matcher.match(sheet, "Répondez par oui / non / pas encore connu.\n" + question, FRIDAY)).isEmpty();
  }
}
