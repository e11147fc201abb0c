package org.offerfacts.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A program using the API with a bearer token, as the crash and load tests' clients do; it times every call. */
public final class ApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final String token;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER).build();

  public ApiClient(String base, String token) {
    this.base = base;
    this.token = token;
  }

  /** One answer and how long it took. */
  public record Answer(int status, String body, long nanos) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON (" + status + "): " + body, e);
      }
    }
  }

  public Answer get(String path) throws IOException, InterruptedException {
    return send(request(path).GET());
  }

  public Answer postJson(String path, Object body) throws IOException, InterruptedException {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  /** POST /api/offers/{id}/documents with one PDF in the multipart field {@code file}. */
  public Answer uploadPdf(long offer, String fileName, byte[] pdf) throws IOException, InterruptedException {
    Multipart body = Multipart.ofPdf(fileName, pdf);
    return send(request("/api/offers/" + offer + "/documents").header("Content-Type", body.contentType())
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
  }

  /**
   * Starts the same upload on a raw socket and stops after {@code sent} bytes of the body, so
   * the server is left waiting for the rest; the caller closes the socket.
   */
  public Socket startUpload(long offer, String fileName, byte[] pdf, int sent) throws IOException {
    Multipart body = Multipart.ofPdf(fileName, pdf);
    URI uri = URI.create(base);
    Socket socket = new Socket(uri.getHost(), uri.getPort());
    OutputStream out = socket.getOutputStream();
    out.write(("POST /api/offers/" + offer + "/documents HTTP/1.1\r\nHost: " + uri.getAuthority()
        + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: " + body.contentType()
        + "\r\nContent-Length: " + body.bytes().length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(body.bytes(), 0, Math.min(sent, body.bytes().length));
    out.flush();
    return socket;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token);
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    long start = System.nanoTime();
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body(), System.nanoTime() - start);
  }
}
