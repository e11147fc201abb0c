package org.offerfacts.fetch;

/** What one request of a fetch ended with: a redirect to follow, or the final body. */
sealed interface Hop {
  /** A 3xx answer; {@code location} is the Location header as sent, possibly relative. */
  record Redirect(int status, String location) implements Hop {}

  record Body(String contentType, byte[] bytes) implements Hop {}
}
