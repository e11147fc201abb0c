package org.offerfacts.ask;

import java.time.LocalDate;

/**
 * Where a question stands, derived from its dates rather than stored, so that "overdue" is true
 * the morning after the due date without anything having to run.
 */
public enum QuestionState {
  OPEN, ANSWERED, PROMISED, OVERDUE;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * A promise moves the deadline: a question promised for the 30th is not overdue on the 29th
   * even if the list was due on the 20th, and is overdue on the 31st.
   */
  public static QuestionState of(LocalDate due, LocalDate promisedBy, boolean answered, LocalDate today) {
    if (answered) return ANSWERED;
    LocalDate deadline = promisedBy != null ? promisedBy : due;
    if (today.isAfter(deadline)) return OVERDUE;
    return promisedBy != null ? PROMISED : OPEN;
  }
}
