package org.offerfacts.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.fetch.Fetching.refusal;
import static org.offerfacts.fetch.HostileServer.page;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Ordinary fetches and refusals that must happen before any connection. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class SafeHttpFetcherTest {
  private HostileServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = new HostileServer()
        .on("/page", page("text/html; charset=utf-8", "<h1>Datenblatt</h1>"))
        .on("/missing", HostileServer.status(404))
        .on("/gzip", exchange -> {
          exchange.getResponseHeaders().set("Content-Encoding", "gzip");
          HostileServer.send(exchange, 200, "text/plain",
              BodyReaderTest.gzip("komprimiert".getBytes(StandardCharsets.UTF_8)));
        })
        .on("/deflate", exchange -> {
          exchange.getResponseHeaders().set("Content-Encoding", "deflate");
          HostileServer.send(exchange, 200, "text/plain",
              BodyReaderTest.deflate("komprimiert".getBytes(StandardCharsets.UTF_8), false));
        })
        .on("/cookie", exchange -> {
          exchange.getResponseHeaders().add("Set-Cookie", "session=secret; Path=/");
          HostileServer.send(exchange, 200, "text/plain", new byte[] {'x'});
        });
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void trusted_page_is_fetched_with_its_content_type() throws Exception {
    try (SafeHttpFetcher fetcher = new SafeHttpFetcher(server.trustingPolicy())) {
      FetchedResource resource = fetcher.fetch(server.url("/page"));

      assertThat(new String(resource.body(), StandardCharsets.UTF_8)).isEqualTo("<h1>Datenblatt</h1>");
      assertThat(resource.contentType()).isEqualTo("text/html; charset=utf-8");
      assertThat(resource.requested().toString()).isEqualTo(server.url("/page"));
      assertThat(resource.finalUri().toString()).isEqualTo(server.url("/page"));
    }
  }

  @Test
  void request_names_us_and_asks_only_for_encodings_we_decode() throws Exception {
    try (SafeHttpFetcher fetcher = new SafeHttpFetcher(server.trustingPolicy())) {
      fetcher.fetch(server.url("/page"));
    }

    assertThat(server.seen()).singleElement().satisfies(seen -> {
      assertThat(seen.userAgent()).isEqualTo("offerfacts/0.1 (+document fetcher)");
      assertThat(seen.acceptEncoding()).isEqualTo("gzip, deflate");
    });
  }

  @Test
  void gzip_and_deflate_bodies_are_decoded() throws Exception {
    try (SafeHttpFetcher fetcher = new SafeHttpFetcher(server.trustingPolicy())) {
      assertThat(fetcher.fetch(server.url("/gzip")).body()).asString(StandardCharsets.UTF_8).isEqualTo("komprimiert");
      assertThat(fetcher.fetch(server.url("/deflate")).body()).asString(StandardCharsets.UTF_8).isEqualTo("komprimiert");
    }
  }

  @Test
  void error_status_is_reported_with_its_code() throws Exception {
    try (SafeHttpFetcher fetcher = new SafeHttpFetcher(server.trustingPolicy())) {
      FetchException refusal = refusal(fetcher, server.url("/missing"));

      assertThat(refusal.reason()).isEqualTo(FetchException.Reason.UNREACHABLE);
      assertThat(refusal).hasMessage("HTTP 404 from 127.0.0.1");
    }
  }

  @Test
  void loopback_literal_is_refused_before_any_connection_when_not_trusted() throws Exception {
    try (SafeHttpFetcher fetcher = new SafeHttpFetcher(FetchPolicy.DEFAULT.withAllowedPorts(server.port()))) {
      FetchException refusal = refusal(fetcher, server.url("/page"));

      assertThat(refusal.reason()).isEqualTo(FetchException.Reason.FORBIDDEN_ADDRESS);
      assertThat(refusal).hasMessage("refused: 127.0.0.1 is a loopback address");
    }
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void name_resolving_to_loopback_is_refused_by_the_resolver_before_any_connection() throws Exception {
    try (SafeHttpFetcher fetcher = new SafeHttpFetcher(FetchPolicy.DEFAULT.withAllowedPorts(server.port()))) {
      FetchException refusal = refusal(fetcher, "http://localhost:" + server.port() + "/page");

      assertThat(refusal.reason()).isEqualTo(FetchException.Reason.FORBIDDEN_ADDRESS);
      assertThat(refusal).hasMessageStartingWith("refused: localhost resolves to ")
          .hasMessageEndingWith(", a loopback address");
    }
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void name_resolving_to_an_untrusted_address_is_refused_before_any_connection() throws Exception {
    SocketAddressResolver dns = TestDns.answering(Map.of("example.internal", List.of("127.0.0.2")));
    try (SafeHttpFetcher fetcher = new SafeHttpFetcher(server.trustingPolicy(), new SslContextFactory.Client(), dns)) {
      FetchException refusal = refusal(fetcher, "http://example.internal:" + server.port() + "/page");

      assertThat(refusal.reason()).isEqualTo(FetchException.Reason.FORBIDDEN_ADDRESS);
      assertThat(refusal).hasMessage("refused: example.internal resolves to 127.0.0.2, a loopback address");
    }
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void name_with_one_forbidden_address_among_allowed_ones_is_refused_whole() throws Exception {
    // Keeping the allowed address would have reached the server; refusing the name must not.
    SocketAddressResolver dns = TestDns.answering(Map.of("mixed.example", List.of("127.0.0.1", "::1")));
    try (SafeHttpFetcher fetcher = new SafeHttpFetcher(server.trustingPolicy(), new SslContextFactory.Client(), dns)) {
      FetchException refusal = refusal(fetcher, "http://mixed.example:" + server.port() + "/page");

      assertThat(refusal).hasMessage("refused: mixed.example resolves to ::1, a loopback address");
    }
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void trusted_host_name_is_fetched_although_it_resolves_to_loopback() throws Exception {
    FetchPolicy policy = FetchPolicy.DEFAULT.withAllowedPorts(server.port()).withTrusted("localhost");
    try (SafeHttpFetcher fetcher = new SafeHttpFetcher(policy)) {
      assertThat(fetcher.fetch("http://localhost:" + server.port() + "/page").body()).isNotEmpty();
    }
  }

  @Test
  void default_policy_refuses_the_servers_port_before_any_connection() throws Exception {
    try (SafeHttpFetcher fetcher = new SafeHttpFetcher(FetchPolicy.DEFAULT)) {
      FetchException refusal = refusal(fetcher, server.url("/page"));

      assertThat(refusal.reason()).isEqualTo(FetchException.Reason.BAD_URL);
      assertThat(refusal).hasMessage("refused: port " + server.port() + " is not allowed (only 80 and 443)");
    }
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void odd_numeric_form_of_loopback_is_refused_before_any_connection() throws Exception {
    try (SafeHttpFetcher fetcher = new SafeHttpFetcher(server.trustingPolicy())) {
      for (String host : new String[] {"2130706433", "0177.0.0.1", "0x7f.1", "127.1"}) {
        FetchException refusal = refusal(fetcher, "http://" + host + ":" + server.port() + "/page");

        assertThat(refusal).hasMessage("refused: " + host + " is not a normal IP address");
      }
    }
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void closed_port_is_unreachable() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }
    FetchPolicy policy = FetchPolicy.DEFAULT.withAllowedPorts(closedPort).withTrusted("127.0.0.1");
    try (SafeHttpFetcher fetcher = new SafeHttpFetcher(policy)) {
      FetchException refusal = refusal(fetcher, "http://127.0.0.1:" + closedPort + "/");

      assertThat(refusal.reason()).isEqualTo(FetchException.Reason.UNREACHABLE);
      assertThat(refusal).hasMessage("the server at 127.0.0.1 refused the connection");
    }
  }

  @Test
  void cookies_set_during_one_fetch_are_never_sent_again() throws Exception {
    try (SafeHttpFetcher fetcher = new SafeHttpFetcher(server.trustingPolicy())) {
      fetcher.fetch(server.url("/cookie"));
      fetcher.fetch(server.url("/cookie"));
    }

    assertThat(server.seen()).hasSize(2).allSatisfy(seen -> assertThat(seen.cookie()).isNull());
  }

  @Test
  void one_fetcher_serves_many_fetches() throws Exception {
    try (SafeHttpFetcher fetcher = new SafeHttpFetcher(server.trustingPolicy())) {
      for (int i = 0; i < 20; i++) {
        assertThat(fetcher.fetch(server.url("/page?i=" + i)).body()).isNotEmpty();
      }
    }
    assertThat(server.requestCount()).isEqualTo(20);
  }

  @Test
  void page_sent_without_content_type_has_none() throws Exception {
    server.on("/bare", exchange -> {
      exchange.sendResponseHeaders(200, 2);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(new byte[] {'o', 'k'});
      }
    });
    try (SafeHttpFetcher fetcher = new SafeHttpFetcher(server.trustingPolicy())) {
      FetchedResource resource = fetcher.fetch(server.url("/bare"));

      assertThat(resource.body()).containsExactly('o', 'k');
      assertThat(resource.contentType()).isNull();
    }
  }
}
