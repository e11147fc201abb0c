package org.offerfacts.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times are stored as ISO-8601 UTC text to the millisecond, the same on every backend. Always
 * three decimals (Instant.toString drops them on a whole second), so text order is time order.
 */
public final class Clock {
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Clock() {}

  public static String now() {
    return format(Instant.now());
  }

  public static String format(Instant instant) {
    return ISO_MILLIS.format(instant);
  }
}
