package org.offerfacts.ask;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Due dates counted in working days: a list sent on Friday is due the Friday after, not on Wednesday. */
public final class WorkingDays {
  /** How long a supplier gets by default: a working week. */
  public static final int DEFAULT_DELAY = 5;

  private WorkingDays() {}

  /** The date {@code days} working days after {@code from} (Saturdays and Sundays skipped; holidays are not known). */
  public static LocalDate after(LocalDate from, int days) {
    LocalDate date = from;
    int left = days;
    while (left > 0) {
      date = date.plusDays(1);
      if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) left--;
    }
    return date;
  }
}
