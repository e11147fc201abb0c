package org.offerfacts.ask;

import java.time.LocalDate;

/**
 * One question of a list with what became of it.
 *
 * @param answeredAt  when an answer was recorded (ISO instant), or null
 * @param answerKind  yes, no, value… as {@code reply.Answer.Kind} ids, or null
 */
public record TrackedQuestion(long id, long listId, int n, String attribute, String text, LocalDate promisedBy,
    String answeredAt, String answerKind, Long answerFactId, QuestionState state) {

  public boolean answered() {
    return answeredAt != null;
  }
}
