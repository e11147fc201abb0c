package org.offerfacts.fetch;

import java.time.Duration;
import java.util.Locale;

/** Limits written the way an end user reads them: "30 s", "1.5 s", "50 MiB", "64 KiB". */
final class HumanUnits {
  private static final long KIB = 1024;
  private static final long MIB = 1024 * KIB;

  private HumanUnits() {}

  static String duration(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 1000 == 0) {
      return millis / 1000 + " s";
    }
    if (millis >= 1000) {
      return trim(millis / 1000.0) + " s";
    }
    return millis + " ms";
  }

  static String bytes(long bytes) {
    if (bytes >= MIB && bytes % MIB == 0) {
      return bytes / MIB + " MiB";
    }
    if (bytes >= KIB && bytes % KIB == 0) {
      return bytes / KIB + " KiB";
    }
    if (bytes >= MIB) {
      return trim(bytes / (double) MIB) + " MiB";
    }
    return bytes + " bytes";
  }

  private static String trim(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }
}
