package org.offerfacts.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.api.ApiCalls.awaitJob;
import static org.offerfacts.api.ApiCalls.error;
import static org.offerfacts.api.ApiCalls.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offerfacts.api.ApiCalls.NamedFile;

class DocumentsApiTest extends OnFreshServer {
  long offer;

  @BeforeEach
  void createOffer() throws Exception {
    offer = ApiCalls.createOffer(server, "Fibreval", "Fibre Pro");
  }

  @Test
  void an_uploaded_pdf_is_read_by_a_job_whose_facts_carry_page_quote_and_position() throws Exception {
    byte[] pdf = ApiCalls.conditionsPdf("Conditions particulières de l'offre Fibre Pro", "",
        "Adressage", "IPv6 : oui", "Adresse IPv4 fixe : incluse");

    HttpResponse<String> queued = server.send(ApiCalls.multipart(server.uri("/api/offers/" + offer + "/documents"), "file",
        new NamedFile("conditions.pdf", "application/pdf", pdf)));

    assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
    long job = json(queued).get("job").asLong();
    assertThat(json(queued).get("jobs").get(0).asLong()).isEqualTo(job);
    assertThat(queued.headers().firstValue("Location")).hasValue("/api/jobs/" + job);
    JsonNode finished = awaitJob(server, job);
    assertThat(finished.get("state").asText()).as(finished.toString()).isEqualTo("done");
    assertThat(finished.get("done").asInt()).isEqualTo(1);
    assertThat(finished.get("total").asInt()).isEqualTo(1);
    assertThat(finished.get("error").isNull()).isTrue();
    long document = finished.get("document").asLong();

    JsonNode ipv6 = factOf(json(server.get("/api/offers/" + offer + "/facts")), "ipv6");
    assertThat(ipv6.get("value").isBoolean()).isTrue();
    assertThat(ipv6.get("value").asBoolean()).isTrue();
    assertThat(ipv6.get("status").asText()).isEqualTo("extracted");
    JsonNode evidence = ipv6.get("evidence");
    assertThat(evidence.get("document").asLong()).isEqualTo(document);
    assertThat(evidence.get("page").asInt()).isEqualTo(1);
    assertThat(evidence.get("quote").asText()).contains("IPv6 : oui");

    JsonNode doc = json(server.get("/api/documents/" + document + "?text=1"));
    assertThat(doc.get("pages").asInt()).isEqualTo(1);
    assertThat(doc.get("original").asText()).isEqualTo("/documents/" + document + "/original");
    String pageText = doc.get("text").get(0).get("text").asText();
    assertThat(pageText.substring(evidence.get("start").asInt(), evidence.get("end").asInt()))
        .isEqualTo(evidence.get("quote").asText());
    assertThat(json(server.get("/api/documents/" + document)).get("text").isNull()).isTrue();
  }

  @Test
  void several_files_in_one_request_make_one_job_each() throws Exception {
    byte[] one = "<html lang=\"fr\"><body><p>IPv6 : oui</p></body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] two = "<html lang=\"fr\"><body><p>Mode bridge : non</p></body></html>".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> queued = server.send(ApiCalls.multipart(server.uri("/api/offers/" + offer + "/documents"), "file",
        new NamedFile("a.html", "text/html", one), new NamedFile("../../b.html", "text/html", two)));

    assertThat(queued.statusCode()).isEqualTo(202);
    JsonNode ids = json(queued).get("jobs");
    assertThat(ids.size()).isEqualTo(2);
    assertThat(json(queued).has("job")).isFalse();
    List<String> sources = new ArrayList<>();
    for (JsonNode id : ids) {
      JsonNode job = awaitJob(server, id.asLong());
      assertThat(job.get("state").asText()).isEqualTo("done");
      sources.add(job.get("source").asText());
    }
    assertThat(sources).containsExactly("a.html", "b.html");
    assertThat(json(server.get("/api/offers/" + offer)).get("documents").size()).isEqualTo(2);
  }

  @Test
  void urls_to_loopback_or_cloud_metadata_end_as_failed_jobs_that_say_why() throws Exception {
    assertThat(failedUrlJob("http://127.0.0.1:1/")).startsWith("refused: port 1 is not allowed");
    assertThat(failedUrlJob("http://127.0.0.1/")).startsWith("refused: 127.0.0.1 is").contains("loopback");
    assertThat(failedUrlJob("http://169.254.169.254/latest/meta-data/"))
        .isEqualTo("refused: 169.254.169.254 is a cloud metadata address");
    assertThat(server.app.documents.ofOffer(offer)).isEmpty();
  }

  @Test
  void a_url_must_be_a_json_string_with_an_http_scheme() throws Exception {
    String path = "/api/offers/" + offer + "/documents";
    assertThat(error(server.postJson(path, "{\"url\": \"file:///etc/passwd\"}"), 400)).contains("http:// or https://");
    assertThat(error(server.postJson(path, "{\"url\": \"gopher://example.com/\"}"), 400)).contains("http:// or https://");
    assertThat(error(server.postJson(path, "{\"url\": 12}"), 400)).isEqualTo("url must be a string");
    assertThat(error(server.postJson(path, "{}"), 400)).isEqualTo("url is required");
    assertThat(error(server.postJson(path, "{\"url\": \"https://example.com/\", \"depth\": 3}"), 400)).contains("depth");
    assertThat(error(server.postJson(path, "{\"url\": \"https://example.com/" + "a".repeat(2000) + "\"}"), 400))
        .contains("longer than 2000");
    assertThat(server.app.jobs.ofOffer(offer)).isEmpty();
  }

  @Test
  void a_body_neither_multipart_nor_json_is_a_415_and_an_upload_without_file_a_400() throws Exception {
    String path = "/api/offers/" + offer + "/documents";
    assertThat(error(server.postForm(path, "url=https%3A%2F%2Fexample.com%2F"), 415)).contains("multipart/form-data");
    assertThat(error(server.send(ApiCalls.multipart(server.uri(path), "document",
        new NamedFile("a.pdf", "application/pdf", new byte[] {1}))), 400)).contains("field file");
    assertThat(error(server.send(ApiCalls.multipart(server.uri(path), "file",
        new NamedFile("empty.pdf", "application/pdf", new byte[0]))), 400)).isEqualTo("empty.pdf is empty");
    assertThat(error(server.send(HttpRequest.newBuilder(server.uri(path))
        .header("Content-Type", "multipart/form-data; boundary=xyz")
        .POST(HttpRequest.BodyPublishers.ofString("not multipart at all"))), 400)).contains("multipart body");
    assertThat(server.app.jobs.ofOffer(offer)).isEmpty();
  }

  private String failedUrlJob(String url) throws Exception {
    HttpResponse<String> queued = server.postJson("/api/offers/" + offer + "/documents", "{\"url\": \"" + url + "\"}");
    assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
    JsonNode job = awaitJob(server, json(queued).get("job").asLong());
    assertThat(job.get("state").asText()).isEqualTo("failed");
    assertThat(job.get("document").isNull()).isTrue();
    return job.get("error").asText();
  }

  static JsonNode factOf(JsonNode facts, String attribute) {
    for (JsonNode fact : facts.get("facts")) if (fact.get("attribute").asText().equals(attribute)) return fact;
    throw new AssertionError("no " + attribute + " fact in " + facts);
  }
}
