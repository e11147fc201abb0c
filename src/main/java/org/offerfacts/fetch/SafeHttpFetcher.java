package org.offerfacts.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches user-supplied URLs without letting them reach the internal network (SSRF).
 *
 * <p>Every URL, the first and each redirect target, passes {@link UrlCheck}; every host name is
 * resolved by {@link CheckingAddressResolver}, which hands Jetty only addresses it has checked.
 * Time and size are bounded by {@link FetchPolicy}. One instance is meant to live as long as the
 * application: it owns a started Jetty client, so close it on shutdown.
 */
public final class SafeHttpFetcher implements UrlFetcher, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SafeHttpFetcher.class);
  private static final AtomicLong fetchIds = new AtomicLong();

  private final FetchPolicy policy;
  private final HttpClient client;
  private final UrlCheck urlCheck;
  private final FailureMessages messages;
  private final SingleExchange exchange;

  public SafeHttpFetcher(FetchPolicy policy) {
    this(policy, new SslContextFactory.Client(), null);
  }

  /**
   * With the caller's TLS setup and DNS; tests use it to trust a certificate of their own and to
   * give names to 127.0.0.1. The address policy applies to whatever {@code dns} answers.
   *
   * @param dns null for the system resolver
   */
  SafeHttpFetcher(FetchPolicy policy, SslContextFactory.Client tls, SocketAddressResolver dns) {
    this.policy = policy;
    AddressPolicy addresses = new AddressPolicy(policy.trusted());
    this.client = startClient(policy, tls, dns, addresses);
    this.urlCheck = new UrlCheck(policy, addresses);
    this.messages = new FailureMessages(policy);
    this.exchange = new SingleExchange(client, policy, messages);
  }

  public FetchPolicy policy() {
    return policy;
  }

  @Override
  public FetchedResource fetch(String url) throws FetchException {
    long id = fetchIds.incrementAndGet();
    Deadline deadline = Deadline.after(policy.totalTimeout());
    log.info("fetch#{} GET {}", id, forLog(url));
    try {
      URI requested = urlCheck.check(url);
      FetchedResource resource = follow(id, requested, deadline);
      log.info("fetch#{} got {} bytes ({}) from {}", id, resource.body().length,
          resource.contentType(), withoutQuery(resource.finalUri()));
      return resource;
    } catch (FetchException e) {
      log.info("fetch#{} {}: {}", id, e.reason(), e.getMessage());
      log.debug("fetch#{} cause", id, e);
      throw e;
    }
  }

  private FetchedResource follow(long id, URI requested, Deadline deadline) throws FetchException {
    URI current = requested;
    for (int redirects = 0; ; redirects++) {
      Hop hop = exchange.send(current, deadline);
      if (hop instanceof Hop.Body body) {
        return new FetchedResource(requested, current, body.contentType(), body.bytes());
      }
      Hop.Redirect redirect = (Hop.Redirect) hop;
      if (redirects >= policy.maxRedirects()) {
        throw new FetchException(FetchException.Reason.TOO_MANY_REDIRECTS,
            "the page redirected more than " + policy.maxRedirects() + " times");
      }
      URI next = redirectTarget(current, redirect.location());
      log.info("fetch#{} {} redirect to {}", id, redirect.status(), withoutQuery(next));
      current = next;
    }
  }

  /** The redirect's target, resolved against the page that sent it and checked like a new URL. */
  private URI redirectTarget(URI current, String location) throws FetchException {
    String from = current.getHost();
    if (location == null || location.isBlank()) {
      throw new FetchException(FetchException.Reason.UNREACHABLE,
          "the server at " + from + " sent a redirect without a target");
    }
    URI target;
    try {
      target = current.resolve(new URI(location.strip()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new FetchException(FetchException.Reason.BAD_URL,
          "refused: the page at " + from + " redirected to an invalid address", e);
    }
    try {
      return urlCheck.check(target.toString());
    } catch (FetchException refused) {
      // Say that the refusal is about where the page led, not about the URL the user typed.
      throw new FetchException(refused.reason(),
          refused.getMessage() + "; the page at " + from + " redirected there", refused);
    }
  }

  // Query strings often carry tokens; they stay out of the log.
  private static String withoutQuery(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
  }

  /** A user's URL as typed, before it is known to be one: no query, bounded, one line. */
  private static String forLog(String url) {
    if (url == null) {
      return "(none)";
    }
    String text = url.strip();
    int query = text.indexOf('?');
    text = query < 0 ? text : text.substring(0, query) + "?…";
    text = text.length() > 200 ? text.substring(0, 200) + "…" : text;
    return text.replaceAll("[\\p{Cntrl}]", "_");
  }

  private static HttpClient startClient(FetchPolicy policy, SslContextFactory.Client tls,
      SocketAddressResolver dns, AddressPolicy addresses) {
    tls.setEndpointIdentificationAlgorithm("HTTPS"); // Jetty's default; stated so it stays so
    ClientConnector connector = new ClientConnector();
    connector.setSslContextFactory(tls);
    connector.setConnectTimeout(policy.connectTimeout());
    connector.setIdleTimeout(policy.headerTimeout());

    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("fetch");
    threads.setDaemon(true);
    ScheduledExecutorScheduler scheduler = new ScheduledExecutorScheduler("fetch-scheduler", true);

    HttpClient client = new HttpClient(new HttpClientTransportOverHTTP(connector));
    client.setExecutor(threads);
    client.setScheduler(scheduler);
    client.setConnectTimeout(policy.connectTimeout().toMillis());
    client.setAddressResolutionTimeout(policy.connectTimeout().toMillis());
    client.setIdleTimeout(policy.headerTimeout().toMillis());
    client.setFollowRedirects(false); // redirects are followed by hand, re-checking every hop
    client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, policy.userAgent()));
    // One user's fetch must not carry cookies set during another's.
    client.setHttpCookieStore(new HttpCookieStore.Empty());
    client.setMaxResponseHeadersSize(32 * 1024);
    SocketAddressResolver lookup = dns != null ? dns
        : new SocketAddressResolver.Async(threads, scheduler, policy.connectTimeout().toMillis());
    client.setSocketAddressResolver(new CheckingAddressResolver(lookup, addresses));
    try {
      client.start();
    } catch (Exception e) {
      throw new IllegalStateException("could not start the HTTP client", e);
    }
    // Jetty loads its decoders at start; removing them leaves decoding (and counting) to us.
    client.getContentDecoderFactories().clear();
    return client;
  }

  @Override
  public void close() {
    try {
      client.stop();
    } catch (Exception e) {
      log.warn("stopping the HTTP client failed", e);
    }
  }
}
