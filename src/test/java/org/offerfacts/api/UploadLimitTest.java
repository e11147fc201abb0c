package org.offerfacts.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.api.ApiCalls.error;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.api.ApiCalls.NamedFile;
import org.offerfacts.app.App;
import org.offerfacts.app.AppConfig;
import org.offerfacts.store.NewOffer;
import org.offerfacts.web.WebServer;

/** The upload limit, on a server whose limit is small enough to pass in a test: 64 KiB. */
class UploadLimitTest {
  private static final long LIMIT = 64 * 1024;

  @TempDir Path data;
  App app;
  Javalin web;
  HttpClient http = HttpClient.newHttpClient();
  String token;

  @BeforeEach
  void start() {
    AppConfig defaults = AppConfig.forData(data);
    app = App.open(new AppConfig(defaults.host(), 0, data, null, null, null, false, null, new String[0], LIMIT));
    app.offers.create(NewOffer.of("Acme", "Fibre"));
    var editor = app.accounts.users.create("editor@test.example", org.offerfacts.accounts.Role.EDITOR, "a long enough password", false);
    token = app.accounts.tokens.create(editor.id(), "tests");
    web = WebServer.create(app).start();
  }

  @AfterEach
  void stop() {
    web.stop();
    app.close();
  }

  @Test
  void a_file_over_the_limit_is_a_413_and_nothing_is_queued() throws Exception {
    HttpRequest request = upload(new NamedFile("small.html", "text/html", new byte[100]),
        new NamedFile("big.pdf", "application/pdf", new byte[(int) LIMIT + 1]));

    assertThat(error(http.send(request, HttpResponse.BodyHandlers.ofString()), 413))
        .endsWith("larger than the upload limit of 64 KiB");
    assertThat(app.jobs.ofOffer(1)).isEmpty();
  }

  @Test
  void a_request_far_over_the_limit_is_a_413_in_json_too() throws Exception {
    HttpRequest request = upload(new NamedFile("huge.pdf", "application/pdf", new byte[(int) LIMIT + 2 * 1024 * 1024]));

    error(http.send(request, HttpResponse.BodyHandlers.ofString()), 413);
    assertThat(app.jobs.ofOffer(1)).isEmpty();
  }

  @Test
  void a_file_at_the_limit_is_accepted() throws Exception {
    HttpRequest request = upload(new NamedFile("exact.txt", "text/plain", "IPv6 : oui ".repeat(8192).substring(0, (int) LIMIT).getBytes()));

    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
  }

  private HttpRequest upload(NamedFile... files) {
    return ApiCalls.multipart(URI.create("http://127.0.0.1:" + web.port() + "/api/offers/1/documents"), "file", files)
        .header("Authorization", "Bearer " + token)
        .build();
  }
}
