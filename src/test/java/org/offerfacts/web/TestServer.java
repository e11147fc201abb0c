package org.offerfacts.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.offerfacts.accounts.Role;
import org.offerfacts.accounts.User;
import org.offerfacts.app.App;
import org.offerfacts.app.AppConfig;
import org.offerfacts.app.Startup;

/**
 * The real app on loopback with its own SQLite file in a temporary folder, and a small HTTP
 * client for it. Tests own one per class (or per test when they need an empty database).
 */
public final class TestServer implements AutoCloseable {
  public final App app;
  public final Javalin server;
  public final String base;
  /** An admin's API token, sent with every request of this client unless a test asks otherwise. */
  public final String adminToken;
  private final HttpClient http = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private TestServer(App app) {
    this.app = app;
    this.server = WebServer.create(app).start();
    this.base = "http://127.0.0.1:" + server.port();
    User admin = app.accounts.users.create(ADMIN_EMAIL, Role.ADMIN, ADMIN_PASSWORD, false);
    this.adminToken = app.accounts.tokens.create(admin.id(), "tests");
  }

  public static final String ADMIN_EMAIL = "admin@test.example";
  public static final String ADMIN_PASSWORD = "correct horse battery";

  /** A user of this role and a token of theirs, for tests of what each role may do. */
  public String tokenFor(Role role) {
    User user = app.accounts.users.create(role.id() + "-" + UUID.randomUUID() + "@test.example", role,
        ADMIN_PASSWORD, false);
    return app.accounts.tokens.create(user.id(), "tests");
  }

  public static TestServer start(Path dataDir) {
    return start(AppConfig.forData(dataDir));
  }

  /** The app as this config says, for instance on PostgreSQL instead of a SQLite file. */
  public static TestServer start(AppConfig config) {
    return new TestServer(App.open(config));
  }

  /** With the demo offers loaded (and read) before the first request. */
  public static TestServer withDemo(Path dataDir) throws InterruptedException {
    return withDemo(AppConfig.forData(dataDir));
  }

  public static TestServer withDemo(AppConfig config) throws InterruptedException {
    TestServer server = start(config);
    Startup.loadDemo(server.app);
    return server;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  public HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", acceptLanguage).GET());
  }

  public HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A multipart upload of one file in the field {@code field}. */
  public HttpResponse<String> upload(String path, String field, String fileName, String type, byte[] content)
      throws IOException, InterruptedException {
    String boundary = "----offerfacts" + UUID.randomUUID();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
        + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** Sends as the admin (bearer token) unless the request names its own Authorization or cookie. */
  public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
    if (built.headers().firstValue("Authorization").isEmpty() && built.headers().firstValue("Cookie").isEmpty()
        && !built.headers().firstValue("X-Anonymous").isPresent()) {
      request.header("Authorization", "Bearer " + adminToken);
      built = request.build();
    }
    return http.send(built, HttpResponse.BodyHandlers.ofString());
  }

  /** The same request without any credentials. */
  public HttpResponse<String> anonymous(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.timeout(Duration.ofSeconds(30)).header("X-Anonymous", "1").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public URI uri(String path) {
    return URI.create(base + path);
  }

  /** Waits until the background jobs queued so far have run. */
  public void awaitJobs() throws InterruptedException {
    app.runner.awaitIdle(60, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    server.stop();
    app.close();
  }
}
