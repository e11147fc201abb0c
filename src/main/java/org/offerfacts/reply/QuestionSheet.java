package org.offerfacts.reply;

import java.time.LocalDate;
import java.util.List;

/**
 * A question list as it was sent, and as {@code match-reply --questions} reads it:
 * {@code {"language":"fr","sent":"2026-11-20","questions":[{"n":1,"attribute":"ipv6","text":"…"}]}}.
 */
public record QuestionSheet(String language, LocalDate sent, List<Question> questions) {
  public QuestionSheet {
    questions = List.copyOf(questions);
  }

  /** One numbered question about one attribute. */
  public record Question(int n, String attribute, String text) {}
}
