package org.offerfacts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClockTest {
  @Test
  void a_whole_second_keeps_its_three_decimals_so_that_text_order_is_time_order() {
    String whole = Clock.format(Instant.parse("2026-12-03T10:15:30Z"));
    String later = Clock.format(Instant.parse("2026-12-03T10:15:30.100Z"));

    assertThat(whole).isEqualTo("2026-12-03T10:15:30.000Z");
    assertThat(later).isEqualTo("2026-12-03T10:15:30.100Z");
    assertThat(whole).isLessThan(later);
  }

  @Test
  void times_are_in_utc_to_the_millisecond() {
    assertThat(Clock.format(Instant.parse("2026-01-01T00:00:00.123456Z"))).isEqualTo("2026-01-01T00:00:00.123Z");
    assertThat(Clock.now()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
  }
}
