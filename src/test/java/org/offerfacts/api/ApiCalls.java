package org.offerfacts.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.offerfacts.web.TestServer;

/** What the API tests do over HTTP, as a client would: JSON in and out, multipart uploads, polling. */
final class ApiCalls {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiCalls() {}

  static JsonNode json(HttpResponse<String> response) throws IOException {
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return JSON.readTree(response.body());
  }

  /** Asserts the status and the error shape every API error has, and gives the message. */
  static String error(HttpResponse<String> response, int status) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode body = json(response);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("error").isTextual()).isTrue();
    return body.get("error").asText();
  }

  static long createOffer(TestServer server, String supplier, String name) throws Exception {
    HttpResponse<String> created = server.postJson("/api/offers",
        JSON.writeValueAsString(java.util.Map.of("supplier", supplier, "name", name)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).get("id").asLong();
  }

  /** Polls GET /api/jobs/{id} as a client would, until the job has finished. */
  static JsonNode awaitJob(TestServer server, long job) throws Exception {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(giveUp)) {
      JsonNode state = json(server.get("/api/jobs/" + job));
      String name = state.get("state").asText();
      if (name.equals("done") || name.equals("failed")) return state;
      Thread.sleep(50);
    }
    throw new AssertionError("job " + job + " did not finish within 60 s");
  }

  /** A multipart POST to {@code target} with every file in the field {@code field}. */
  static HttpRequest.Builder multipart(URI target, String field, NamedFile... files) {
    String boundary = "----api" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (NamedFile file : files) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
          + file.name() + "\"\r\nContent-Type: " + file.type() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.bytes());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(target)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
  }

  record NamedFile(String name, String type, byte[] bytes) {}

  /** A one-page French conditions PDF, text drawn with PDFBox, one line per string. */
  static byte[] conditionsPdf(String... lines) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        text.setLeading(15);
        text.newLineAtOffset(60, 760);
        for (String line : lines) {
          text.showText(line);
          text.newLine();
        }
        text.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    }
  }
}
