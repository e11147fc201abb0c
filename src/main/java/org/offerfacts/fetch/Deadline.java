package org.offerfacts.fetch;

import java.time.Duration;

/** A point in monotonic time by which the whole fetch, redirects and body included, must end. */
record Deadline(long nanoTime) {
  // Jetty's timer for the deadline is set in whole milliseconds and may fire a hair early.
  private static final long TOLERANCE_NANOS = Duration.ofMillis(50).toNanos();

  static Deadline after(Duration duration) {
    return new Deadline(System.nanoTime() + duration.toNanos());
  }

  long remainingMillis() {
    return Math.max(0, Duration.ofNanos(nanoTime - System.nanoTime()).toMillis());
  }

  boolean hasPassed() {
    return System.nanoTime() - nanoTime >= 0;
  }

  /** True when the deadline has passed or is within a timer's precision of it. */
  boolean isReached() {
    return System.nanoTime() - nanoTime >= -TOLERANCE_NANOS;
  }
}
