package org.offerfacts.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
  @Test
  void five_working_days_from_a_wednesday_is_the_next_wednesday() {
    assertThat(WorkingDays.after(LocalDate.of(2026, 12, 2), 5)).isEqualTo(LocalDate.of(2026, 12, 9));
  }

  @Test
  void five_working_days_from_a_friday_skips_the_weekend_and_lands_on_friday() {
    assertThat(WorkingDays.after(LocalDate.of(2026, 11, 20), 5)).isEqualTo(LocalDate.of(2026, 11, 27));
  }

  @Test
  void counting_from_a_saturday_starts_on_monday() {
    assertThat(WorkingDays.after(LocalDate.of(2026, 11, 21), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(WorkingDays.after(LocalDate.of(2026, 11, 21), 5)).isEqualTo(LocalDate.of(2026, 11, 27));
  }

  @Test
  void a_thursday_plus_two_is_monday() {
    assertThat(WorkingDays.after(LocalDate.of(2026, 12, 3), 2)).isEqualTo(LocalDate.of(2026, 12, 7));
  }
}
