package org.offerfacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.app.AppConfig;
import org.offerfacts.ingest.PdfFixtures;
import org.offerfacts.store.NewOffer;

/**
 * Uploads that are broken, lying or too big, written on a socket to the real server: each gets
 * a typed answer (400, 413, 415), never a 500; the form's route answers with an error page, the
 * API with JSON. Both routes are tried with every case.
 */
class MalformedUploadTest {
  static final long LIMIT = 256 * 1024;
  static final String BOUNDARY = "xYzBoundary42";
  @TempDir static Path data;
  static TestServer server;

  @BeforeAll
  static void start() {
    AppConfig defaults = AppConfig.forData(data);
    server = TestServer.start(new AppConfig(defaults.host(), 0, data, null, null, null, false, null, new String[0], LIMIT));
    server.app.offers.create(NewOffer.of("Acme", "Fibre"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/offers/1/documents", "/api/offers/1/documents"})
  void a_body_cut_before_its_closing_boundary_is_a_400(String path) throws Exception {
    byte[] body = part("file", "offer.txt", "text/plain", "IPv6 : oui".getBytes(StandardCharsets.UTF_8));
    byte[] cut = java.util.Arrays.copyOf(body, body.length - 20);
    assertTyped(post(path, "multipart/form-data; boundary=" + BOUNDARY, cut), path, 400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/offers/1/documents", "/api/offers/1/documents"})
  void a_body_with_another_boundary_than_announced_is_a_400(String path) throws Exception {
    byte[] body = part("file", "offer.txt", "text/plain", "IPv6 : oui".getBytes(StandardCharsets.UTF_8));
    assertTyped(post(path, "multipart/form-data; boundary=SomethingElse", body), path, 400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/offers/1/documents", "/api/offers/1/documents"})
  void a_multipart_type_without_boundary_is_a_400(String path) throws Exception {
    byte[] body = part("file", "offer.txt", "text/plain", "IPv6 : oui".getBytes(StandardCharsets.UTF_8));
    assertTyped(post(path, "multipart/form-data", body), path, 400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/offers/1/documents", "/api/offers/1/documents"})
  void a_part_header_of_a_megabyte_is_refused_as_the_client_s_fault(String path) throws Exception {
    String huge = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + "a".repeat(1024 * 1024)
        + ".txt\"\r\n\r\nIPv6\r\n--" + BOUNDARY + "--\r\n";
    RawHttp.Answer answer = post(path, "multipart/form-data; boundary=" + BOUNDARY, huge.getBytes(StandardCharsets.US_ASCII));
    assertThat(answer.status()).as(answer.head()).isIn(400, 413, 431);
    assertShape(answer, path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/offers/1/documents", "/api/offers/1/documents"})
  void no_part_named_file_is_a_400(String path) throws Exception {
    byte[] body = part("other", "offer.txt", "text/plain", "IPv6 : oui".getBytes(StandardCharsets.UTF_8));
    assertTyped(post(path, "multipart/form-data; boundary=" + BOUNDARY, body), path, 400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/offers/1/documents", "/api/offers/1/documents"})
  void an_empty_named_file_is_a_400(String path) throws Exception {
    byte[] body = part("file", "empty.pdf", "application/pdf", new byte[0]);
    assertTyped(post(path, "multipart/form-data; boundary=" + BOUNDARY, body), path, 400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/offers/1/documents", "/api/offers/1/documents"})
  void binary_junk_named_pdf_is_a_415_and_queues_nothing(String path) throws Exception {
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    junk[0] = 0;
    int before = server.app.jobs.ofOffer(1).size();
    RawHttp.Answer answer = post(path, "multipart/form-data; boundary=" + BOUNDARY, part("file", "offer.pdf", "application/pdf", junk));
    assertTyped(answer, path, 415);
    assertThat(answer.body()).contains("binary data");
    assertThat(server.app.jobs.ofOffer(1)).hasSize(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/offers/1/documents", "/api/offers/1/documents"})
  void a_png_declared_as_text_is_a_415_named_by_its_content(String path) throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    RawHttp.Answer answer = post(path, "multipart/form-data; boundary=" + BOUNDARY, part("file", "notes.txt", "text/plain", png));
    assertTyped(answer, path, 415);
    assertThat(answer.body()).contains("image/png");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/offers/1/documents", "/api/offers/1/documents"})
  void a_pdf_named_txt_is_accepted_and_kept_as_a_pdf(String path) throws Exception {
    byte[] pdf = PdfFixtures.pages(List.of(List.of("IPv6 : oui")));
    RawHttp.Answer answer = post(path, "multipart/form-data; boundary=" + BOUNDARY, part("file", "offre.txt", "text/plain", pdf));
    assertThat(answer.status()).as(answer.body()).isIn(202, 303);
    var job = server.app.jobs.ofOffer(1).stream().filter(j -> j.source().equals("offre.txt")).findFirst().orElseThrow();
    assertThat(server.app.contents.mediaType(job.sha256())).hasValue("application/pdf");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/offers/1/documents", "/api/offers/1/documents"})
  void a_content_length_over_the_limit_is_a_413_before_the_body_is_sent(String path) throws Exception {
    String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + server.adminToken
        + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: " + 100L * 1024 * 1024 * 1024
        + "\r\n\r\n";
    RawHttp.Streamed streamed = RawHttp.stream(server.server.port(), head, new byte[64 * 1024], 64L * 1024 * 1024);
    assertTyped(streamed.answer(), path, 413);
    assertThat(streamed.bytesSent()).isLessThan(8L * 1024 * 1024);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/offers/1/documents", "/api/offers/1/documents"})
  void a_chunked_body_is_cut_off_at_the_limit_while_it_streams(String path) throws Exception {
    String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + server.adminToken
        + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nTransfer-Encoding: chunked\r\n\r\n";
    byte[] start = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    byte[] text = "IPv6 : oui. ".repeat(64 * 1024 / 12).getBytes(StandardCharsets.US_ASCII);
    RawHttp.Streamed streamed = RawHttp.stream(server.server.port(), head + chunk(start), chunk(text).getBytes(
        StandardCharsets.ISO_8859_1), 256L * 1024 * 1024);
    assertTyped(streamed.answer(), path, 413);
    assertThat(streamed.bytesSent()).isLessThan(32L * 1024 * 1024);
  }

  @org.junit.jupiter.api.Test
  void a_browser_s_cut_form_is_a_400_page_even_when_the_csrf_check_reads_it_first() throws Exception {
    var user = server.app.accounts.users.create("form@test.example", org.offerfacts.accounts.Role.EDITOR,
        TestServer.ADMIN_PASSWORD, false);
    String cookie = server.app.accounts.sessions.open(user).secret();
    byte[] body = part("file", "offer.txt", "text/plain", "IPv6 : oui".getBytes(StandardCharsets.UTF_8));
    String head = "POST /offers/1/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + Auth.COOKIE + "=" + cookie
        + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: " + (body.length - 20)
        + "\r\nConnection: close\r\n\r\n";
    assertTyped(RawHttp.exchange(server.server.port(), head, java.util.Arrays.copyOf(body, body.length - 20)),
        "/offers/1/documents", 400);
  }

  private static String chunk(byte[] bytes) {
    return Integer.toHexString(bytes.length) + "\r\n" + new String(bytes, StandardCharsets.ISO_8859_1) + "\r\n";
  }

  static RawHttp.Answer post(String path, String contentType, byte[] body) throws Exception {
    String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + server.adminToken
        + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
    return RawHttp.exchange(server.server.port(), head, body);
  }

  static byte[] part(String field, String fileName, String type, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
        + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static void assertTyped(RawHttp.Answer answer, String path, int status) {
    assertThat(answer.status()).as(answer.head() + "\n" + answer.body()).isEqualTo(status);
    assertShape(answer, path);
  }

  /** JSON with its message under /api; a readable page for the browser's form. */
  static void assertShape(RawHttp.Answer answer, String path) {
    if (path.startsWith("/api/")) {
      assertThat(answer.isJson()).as(answer.head()).isTrue();
      assertThat(answer.body()).contains("\"error\"");
    } else {
      assertThat(answer.header("Content-Type")).as(answer.head()).startsWith("text/html");
      assertThat(answer.body()).contains("<h1").doesNotContain("internal error");
    }
  }
}
