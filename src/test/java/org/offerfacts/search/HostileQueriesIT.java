package org.offerfacts.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.web.RawHttp;
import org.offerfacts.web.TestServer;

/**
 * Whatever is typed or forged into the query string, the search page and its API answer with
 * results or a 400/413/414, within a second, never a 500. The requests are written on a socket so
 * that what no browser sends (broken percent-encodings, a megabyte of URL) is sent as is. The
 * second is a limit with a wide margin, not a benchmark.
 */
class HostileQueriesIT {
  private static final long LIMIT_MILLIS = 1000;
  @TempDir static Path data;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.withDemo(data);
    send("/search?q=warm+up"); // the first request of a JVM loads classes: not what is measured
    send("/api/search?q=warm+up");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void long_query_strings_up_to_a_mebibyte_are_refused_quickly() throws Exception {
    for (int size : List.of(1024, 8 * 1024, 64 * 1024, 1024 * 1024)) {
      String query = "q=" + "port+".repeat(size / 5);
      for (String path : List.of("/search?", "/api/search?")) {
        RawHttp.Answer answer = ask(path + query);
        assertThat(answer.status()).as(path + " with " + size + " bytes").isIn(400, 413, 414);
      }
    }
  }

  @Test
  void a_query_of_many_words_within_the_length_limit_searches_its_first_words() throws Exception {
    String words = IntStream.range(0, 36).mapToObj(i -> i % 2 == 0 ? "port" : "w" + i).collect(Collectors.joining(" "));
    assertThat(words.length()).isLessThanOrEqualTo(SearchQuery.MAX_LENGTH);
    assertThat(SearchQuery.of(words).forms()).hasSize(SearchQuery.MAX_FORMS);
    RawHttp.Answer answer = ask("/api/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void fts_operators_quotes_and_control_characters_are_results_or_a_400() throws Exception {
    List<String> raw = List.of("port%00", "%00", "port%0D%0Ablocked", "%22%22%22", "NEAR(port+25,+2)", "port+AND+NOT+25",
        "port*+OR+*", "%5E*%22", "p%27+OR+1%3D1+--", "%7B%7B7*7%7D%7D", "%24%7B7*7%7D", "%E2%80%AE%E2%80%8Bport",
        "%F0%9F%98%80+port", "col:port", "-port", "%2B%2B%2B", "(((((((((((port", "port)))))", "%25", "%5C%5C");
    assertResultsOr400(raw);
  }

  @Test
  void broken_utf8_and_broken_percent_encodings_are_results_or_a_400() throws Exception {
    List<String> raw = List.of("%C3%28", "%ED%A0%80", "%ED%BF%BF", "%FF%FE", "%C0%AF", "%F4%90%80%80", "%E2%82", "%",
        "%G1", "port%", "%%%", "%u00e9", "caf%E9");
    assertResultsOr400(raw);
  }

  @Test
  void absurd_filters_and_page_numbers_are_a_400() throws Exception {
    for (String params : List.of("p=99999999999", "p=-1", "p=1e9", "offer=99999999999999999999", "supplier=%00",
        "offer=1&offer=2", "p=%C3%28")) {
      for (String path : List.of("/search?q=port&", "/api/search?q=port&")) {
        RawHttp.Answer answer = ask(path + params);
        assertThat(answer.status()).as(path + params).isIn(200, 400);
      }
    }
  }

  private static void assertResultsOr400(List<String> rawQueries) throws Exception {
    for (String q : rawQueries) {
      for (String path : List.of("/search?q=", "/api/search?q=")) {
        assertThat(ask(path + q).status()).as(path + q).isIn(200, 400);
      }
    }
  }

  /** A GET as the admin, timed: every answer must come within the limit. */
  private static RawHttp.Answer ask(String pathAndQuery) throws Exception {
    RawHttp.Answer answer = send(pathAndQuery);
    assertThat(answer.status()).as(pathAndQuery.substring(0, Math.min(pathAndQuery.length(), 80))).isNotEqualTo(500);
    assertThat(answer.millis()).as("time for " + pathAndQuery.substring(0, Math.min(pathAndQuery.length(), 80)))
        .isLessThan(LIMIT_MILLIS);
    return answer;
  }

  private static RawHttp.Answer send(String pathAndQuery) throws Exception {
    String head = "GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + server.adminToken
        + "\r\nConnection: close\r\n\r\n";
    return RawHttp.exchange(server.server.port(), head, new byte[0]);
  }
}
