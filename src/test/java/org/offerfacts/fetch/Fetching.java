package org.offerfacts.fetch;

import java.time.Duration;

/** Small helpers for tests that fetch from a hostile server. */
final class Fetching {
  private Fetching() {}

  /** The refusal of {@code url}; fails the test if the fetch succeeds. */
  static FetchException refusal(UrlFetcher fetcher, String url) {
    try {
      FetchedResource resource = fetcher.fetch(url);
      throw new AssertionError("expected a refusal, got " + resource.body().length + " bytes from " + url);
    } catch (FetchException expected) {
      return expected;
    }
  }

  /** A refusal together with how long the fetcher took to give up. */
  record Timed(FetchException refusal, Duration elapsed) {}

  static Timed timedRefusal(UrlFetcher fetcher, String url) {
    long start = System.nanoTime();
    FetchException refusal = refusal(fetcher, url);
    return new Timed(refusal, Duration.ofNanos(System.nanoTime() - start));
  }
}
