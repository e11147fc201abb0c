package org.offerfacts.fetch;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The safety limits of {@link SafeHttpFetcher}. Start from {@link #DEFAULT} and change what differs:
 * {@code FetchPolicy.DEFAULT.withTrusted("10.20.0.0/16").withMaxBodyBytes(10 << 20)}.
 *
 * <p>Only http and https are ever fetched; that is not configurable.
 *
 * @param allowedPorts   ports a URL may name (80 and 443 by default: other ports are where
 *                       internal admin consoles and databases listen)
 * @param maxRedirects   redirects followed before giving up
 * @param connectTimeout time to resolve the host and open the connection
 * @param headerTimeout  time from sending the request to the response headers; also the longest
 *                       silence tolerated while the body streams
 * @param totalTimeout   time for the whole fetch: every redirect and the whole body
 * @param maxBodyBytes   largest body, counted on the wire and again after decompression
 * @param trusted        intranet sources fetched even though their addresses are not public
 * @param userAgent      the User-Agent header sent
 */
public record FetchPolicy(
    Set<Integer> allowedPorts,
    int maxRedirects,
    Duration connectTimeout,
    Duration headerTimeout,
    Duration totalTimeout,
    long maxBodyBytes,
    TrustedSources trusted,
    String userAgent) {

  public static final Set<String> SCHEMES = Set.of("http", "https");

  public static final FetchPolicy DEFAULT =
      new FetchPolicy(
          Set.of(80, 443),
          5,
          Duration.ofSeconds(5),
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          50L * 1024 * 1024,
          TrustedSources.NONE,
          "offerfacts/0.1 (+document fetcher)");

  public FetchPolicy {
    allowedPorts = Set.copyOf(allowedPorts);
    require(!allowedPorts.isEmpty(), "at least one port must be allowed");
    for (int port : allowedPorts) {
      require(port > 0 && port <= 65535, "port out of range: " + port);
    }
    require(maxRedirects >= 0, "maxRedirects must not be negative");
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(headerTimeout, "headerTimeout");
    requirePositive(totalTimeout, "totalTimeout");
    require(maxBodyBytes > 0, "maxBodyBytes must be positive");
    Objects.requireNonNull(trusted, "trusted");
    require(userAgent != null && !userAgent.isBlank(), "userAgent must not be blank");
  }

  public FetchPolicy withAllowedPorts(Integer... ports) {
    return new FetchPolicy(Set.of(ports), maxRedirects, connectTimeout, headerTimeout,
        totalTimeout, maxBodyBytes, trusted, userAgent);
  }

  public FetchPolicy withMaxRedirects(int redirects) {
    return new FetchPolicy(allowedPorts, redirects, connectTimeout, headerTimeout,
        totalTimeout, maxBodyBytes, trusted, userAgent);
  }

  public FetchPolicy withConnectTimeout(Duration timeout) {
    return new FetchPolicy(allowedPorts, maxRedirects, timeout, headerTimeout,
        totalTimeout, maxBodyBytes, trusted, userAgent);
  }

  public FetchPolicy withHeaderTimeout(Duration timeout) {
    return new FetchPolicy(allowedPorts, maxRedirects, connectTimeout, timeout,
        totalTimeout, maxBodyBytes, trusted, userAgent);
  }

  public FetchPolicy withTotalTimeout(Duration timeout) {
    return new FetchPolicy(allowedPorts, maxRedirects, connectTimeout, headerTimeout,
        timeout, maxBodyBytes, trusted, userAgent);
  }

  public FetchPolicy withMaxBodyBytes(long bytes) {
    return new FetchPolicy(allowedPorts, maxRedirects, connectTimeout, headerTimeout,
        totalTimeout, bytes, trusted, userAgent);
  }

  /** Replaces the trusted sources: host names, addresses or CIDR ranges. */
  public FetchPolicy withTrusted(String... entries) {
    return new FetchPolicy(allowedPorts, maxRedirects, connectTimeout, headerTimeout,
        totalTimeout, maxBodyBytes, TrustedSources.parse(List.of(entries)), userAgent);
  }

  public FetchPolicy withUserAgent(String agent) {
    return new FetchPolicy(allowedPorts, maxRedirects, connectTimeout, headerTimeout,
        totalTimeout, maxBodyBytes, trusted, agent);
  }

  /** "80 and 443", for messages. */
  String allowedPortsText() {
    List<String> sorted =
        allowedPorts.stream().sorted().map(String::valueOf).collect(Collectors.toList());
    if (sorted.size() == 1) {
      return sorted.get(0);
    }
    return String.join(", ", sorted.subList(0, sorted.size() - 1))
        + " and " + sorted.get(sorted.size() - 1);
  }

  private static void requirePositive(Duration duration, String name) {
    require(duration != null && !duration.isNegative() && !duration.isZero(),
        name + " must be positive");
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
