package org.offerfacts.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.fetch.FetchException.Reason.BAD_URL;
import static org.offerfacts.fetch.FetchException.Reason.FORBIDDEN_ADDRESS;
import static org.offerfacts.fetch.Fetching.refusal;
import static org.offerfacts.fetch.HostileServer.page;
import static org.offerfacts.fetch.HostileServer.redirect;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Redirects are followed by hand and every hop is checked again. The server trusts only
 * 127.0.0.1 on its own port, so each refused target here is one the first hop could not name.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class SafeHttpFetcherRedirectTest {
  private HostileServer server;
  private SafeHttpFetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    server = new HostileServer().on("/final", page("text/plain", "angekommen"));
    fetcher = new SafeHttpFetcher(server.trustingPolicy());
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void relative_redirect_is_followed_and_the_final_url_reported() throws Exception {
    server.on("/start", redirect(302, "/final"));

    FetchedResource resource = fetcher.fetch(server.url("/start"));

    assertThat(resource.body()).asString().isEqualTo("angekommen");
    assertThat(resource.requested().toString()).isEqualTo(server.url("/start"));
    assertThat(resource.finalUri().toString()).isEqualTo(server.url("/final"));
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void every_redirect_status_is_followed(int status) throws Exception {
    server.on("/start", redirect(status, "/final"));

    assertThat(fetcher.fetch(server.url("/start")).body()).asString().isEqualTo("angekommen");
  }

  @Test
  void redirect_to_loopback_is_refused_and_not_followed() throws Exception {
    // Trust the name "localhost" only: the first hop goes through, 127.0.0.1 as a literal does not.
    server.on("/start", redirect(302, server.url("/final")));
    FetchPolicy policy = FetchPolicy.DEFAULT.withAllowedPorts(server.port()).withTrusted("localhost");
    try (SafeHttpFetcher byName = new SafeHttpFetcher(policy)) {
      FetchException refusal = refusal(byName, "http://localhost:" + server.port() + "/start");

      assertThat(refusal.reason()).isEqualTo(FORBIDDEN_ADDRESS);
      assertThat(refusal).hasMessage(
          "refused: 127.0.0.1 is a loopback address; the page at localhost redirected there");
    }
    assertThat(server.seen()).extracting(HostileServer.Seen::path).containsExactly("/start");
  }

  @Test
  void redirect_to_another_loopback_address_is_refused_and_not_followed() {
    server.on("/start", redirect(302, "http://127.0.0.2:" + server.port() + "/final"));

    FetchException refusal = refusal(fetcher, server.url("/start"));

    assertThat(refusal.reason()).isEqualTo(FORBIDDEN_ADDRESS);
    assertThat(refusal).hasMessageStartingWith("refused: 127.0.0.2 is a loopback address");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void redirect_to_ipv6_loopback_is_refused_and_not_followed() {
    server.on("/start", redirect(302, "http://[::1]:" + server.port() + "/final"));

    FetchException refusal = refusal(fetcher, server.url("/start"));

    assertThat(refusal.reason()).isEqualTo(FORBIDDEN_ADDRESS);
    assertThat(refusal).hasMessageStartingWith("refused: ::1 is a loopback address");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void redirect_to_a_name_resolving_to_ipv6_loopback_is_refused_and_not_followed() {
    SocketAddressResolver dns = TestDns.answering(Map.of("localhost", List.of("::1")));
    server.on("/start", redirect(302, "http://localhost:" + server.port() + "/final"));
    try (SafeHttpFetcher v6 = new SafeHttpFetcher(server.trustingPolicy(), new SslContextFactory.Client(), dns)) {
      FetchException refusal = refusal(v6, server.url("/start"));

      assertThat(refusal.reason()).isEqualTo(FORBIDDEN_ADDRESS);
      assertThat(refusal).hasMessageStartingWith("refused: localhost resolves to ::1, a loopback address");
    }
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void redirect_to_ipv4_mapped_loopback_is_refused_and_not_followed() {
    server.on("/start", redirect(302, "http://[::ffff:127.0.0.1]:" + server.port() + "/final"));

    FetchException refusal = refusal(fetcher, server.url("/start"));

    assertThat(refusal.reason()).isEqualTo(FORBIDDEN_ADDRESS);
    assertThat(refusal).hasMessageStartingWith("refused: ::ffff:127.0.0.1 is a loopback address");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void redirect_to_cloud_metadata_is_refused_and_not_followed() {
    server.on("/start", redirect(302, "http://169.254.169.254/latest/meta-data/iam/security-credentials/"));

    FetchException refusal = refusal(fetcher, server.url("/start"));

    assertThat(refusal.reason()).isEqualTo(FORBIDDEN_ADDRESS);
    assertThat(refusal).hasMessageStartingWith("refused: 169.254.169.254 is a cloud metadata address");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void redirect_to_metadata_is_refused_even_when_link_local_is_trusted() {
    server.on("/start", redirect(302, "http://169.254.169.254/latest/meta-data/"));
    FetchPolicy policy = server.trustingPolicy().withTrusted("127.0.0.1", "169.254.0.0/16");
    try (SafeHttpFetcher lenient = new SafeHttpFetcher(policy)) {
      assertThat(refusal(lenient, server.url("/start")).reason()).isEqualTo(FORBIDDEN_ADDRESS);
    }
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void protocol_relative_redirect_is_checked_like_any_other() {
    server.on("/start", redirect(302, "//169.254.169.254/latest/meta-data/"));

    assertThat(refusal(fetcher, server.url("/start")).reason()).isEqualTo(FORBIDDEN_ADDRESS);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void redirect_to_ftp_is_refused() {
    server.on("/start", redirect(301, "ftp://127.0.0.1/pub/datenblatt.pdf"));

    FetchException refusal = refusal(fetcher, server.url("/start"));

    assertThat(refusal.reason()).isEqualTo(BAD_URL);
    assertThat(refusal).hasMessageStartingWith("refused: only http and https URLs are fetched");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void redirect_to_a_url_with_credentials_is_refused() {
    server.on("/start", redirect(302, "http://admin:admin@127.0.0.1:" + server.port() + "/final"));

    assertThat(refusal(fetcher, server.url("/start")).reason()).isEqualTo(BAD_URL);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void redirect_to_a_port_outside_the_policy_is_refused() {
    server.on("/start", redirect(302, "http://127.0.0.1:6379/"));

    FetchException refusal = refusal(fetcher, server.url("/start"));

    assertThat(refusal).hasMessageStartingWith("refused: port 6379 is not allowed");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void redirect_to_an_odd_numeric_host_is_refused() {
    server.on("/start", redirect(302, "http://2130706433:" + server.port() + "/final"));

    assertThat(refusal(fetcher, server.url("/start"))).hasMessageStartingWith(
        "refused: 2130706433 is not a normal IP address");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void redirect_without_a_location_is_unreachable() {
    server.on("/start", exchange -> exchange.sendResponseHeaders(302, -1));

    FetchException refusal = refusal(fetcher, server.url("/start"));

    assertThat(refusal.reason()).isEqualTo(FetchException.Reason.UNREACHABLE);
    assertThat(refusal).hasMessage("the server at 127.0.0.1 sent a redirect without a target");
  }

  @Test
  void redirect_to_garbage_is_refused() {
    server.on("/start", redirect(302, "http://exa mple.com/"));

    assertThat(refusal(fetcher, server.url("/start")).reason()).isEqualTo(BAD_URL);
  }

  @Test
  void five_redirects_are_followed() throws Exception {
    server.on("/hop/", exchange -> {
      int left = Integer.parseInt(exchange.getRequestURI().getPath().substring("/hop/".length()));
      String next = left == 1 ? "/final" : "/hop/" + (left - 1);
      redirect(302, next).handle(exchange);
    });

    assertThat(fetcher.fetch(server.url("/hop/5")).body()).asString().isEqualTo("angekommen");
    assertThat(server.requestCount()).isEqualTo(6);
  }

  @Test
  void six_self_redirects_are_refused_and_the_seventh_request_is_never_sent() {
    server.on("/loop", redirect(302, "/loop"));

    FetchException refusal = refusal(fetcher, server.url("/loop"));

    assertThat(refusal.reason()).isEqualTo(FetchException.Reason.TOO_MANY_REDIRECTS);
    assertThat(refusal).hasMessage("the page redirected more than 5 times");
    assertThat(server.requestCount()).isEqualTo(6); // the first request and five followed
  }

  @Test
  void redirect_body_is_never_read() throws Exception {
    // An endless redirect body would hit the 64 KiB cap if it were read.
    server.on("/start", exchange -> {
      exchange.getResponseHeaders().set("Location", "/final");
      exchange.sendResponseHeaders(302, 0);
      OutputStream out = exchange.getResponseBody();
      byte[] chunk = new byte[8192];
      while (true) {
        out.write(chunk);
      }
    });
    try (SafeHttpFetcher capped = new SafeHttpFetcher(server.trustingPolicy().withMaxBodyBytes(64 * 1024))) {
      assertThat(capped.fetch(server.url("/start")).body()).asString().isEqualTo("angekommen");
    }
  }

  @Test
  void all_hops_share_one_total_deadline() {
    // Five hops of 400 ms each would pass a per-hop limit of 1 s; the whole fetch may not.
    server.on("/slow/", exchange -> {
      HostileServer.sleep(400);
      int left = Integer.parseInt(exchange.getRequestURI().getPath().substring("/slow/".length()));
      redirect(302, left == 1 ? "/final" : "/slow/" + (left - 1)).handle(exchange);
    });
    FetchPolicy policy = server.trustingPolicy().withTotalTimeout(Duration.ofSeconds(1));
    try (SafeHttpFetcher impatient = new SafeHttpFetcher(policy)) {
      Fetching.Timed result = Fetching.timedRefusal(impatient, server.url("/slow/5"));

      assertThat(result.refusal().reason()).isEqualTo(FetchException.Reason.TIMEOUT);
      assertThat(result.refusal()).hasMessage("the page took longer than 1 s");
      assertThat(result.elapsed()).isLessThan(Duration.ofMillis(1800));
    }
  }
}
