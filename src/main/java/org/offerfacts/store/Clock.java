package org.offerfacts.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times are stored as ISO-8601 UTC text to the millisecond, the same on every backend. */
public final class Clock {
  private Clock() {}

  public static String now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
  }
}
