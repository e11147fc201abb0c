package org.offerfacts.ask;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offerfacts.store.Offer;
import org.offerfacts.web.TestServer;

/** What the ask tests share: the demo's offers, and a question list made through the API. */
final class AskFixture {
  static final ObjectMapper JSON = new ObjectMapper();

  private AskFixture() {}

  /** A list made through the API, with the token of its supplier page. */
  record Made(long listId, String reference, String token, String answerPath) {}

  static Offer offer(TestServer server, String supplier) {
    return server.app.offers.all().stream().filter(o -> o.supplier().startsWith(supplier)).findFirst().orElseThrow();
  }

  static Made list(TestServer server, long offerId, String json) throws Exception {
    HttpResponse<String> created = server.postJson("/api/offers/" + offerId + "/question-lists", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(created.body());
    String url = body.get("answer_url").asText();
    String path = url.substring(url.indexOf("/answer/"));
    return new Made(body.get("id").asLong(), body.get("reference").asText(), path.substring("/answer/".length()), path);
  }

  /** One list as the API shows it, from its offer's lists. */
  static JsonNode listJson(TestServer server, long offerId, long listId) throws Exception {
    HttpResponse<String> lists = server.get("/api/offers/" + offerId + "/question-lists");
    assertThat(lists.statusCode()).isEqualTo(200);
    for (JsonNode list : JSON.readTree(lists.body()).get("question_lists")) {
      if (list.get("id").asLong() == listId) return list;
    }
    throw new AssertionError("no list " + listId + " in " + lists.body());
  }

  static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  static String group(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    assertThat(m.find()).as("%s in the page", regex).isTrue();
    return m.group(1);
  }

  /** A form post without credentials, as the supplier's browser sends it from our own page. */
  static HttpResponse<String> anonymousForm(TestServer server, String path, String form) throws Exception {
    return server.anonymous(HttpRequest.newBuilder(server.uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Origin", server.base)
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  static HttpResponse<String> anonymousGet(TestServer server, String path) throws Exception {
    return server.anonymous(HttpRequest.newBuilder(server.uri(path)).GET());
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A reply e-mail with a text part and one attached file, as a supplier's mail program writes it. */
  static byte[] replyEml(String from, String subject, String text, String fileName, String type, byte[] file) throws Exception {
    jakarta.mail.internet.MimeMessage mail = new jakarta.mail.internet.MimeMessage(
        jakarta.mail.Session.getInstance(new java.util.Properties()));
    mail.setFrom(from);
    mail.setSubject(subject, "UTF-8");
    mail.setSentDate(new java.util.Date());
    var body = new jakarta.mail.internet.MimeBodyPart();
    body.setText(text, "UTF-8");
    var attached = new jakarta.mail.internet.MimeBodyPart();
    attached.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(file, type)));
    attached.setFileName(fileName);
    attached.setDisposition(jakarta.mail.Part.ATTACHMENT);
    mail.setContent(new jakarta.mail.internet.MimeMultipart(body, attached));
    mail.saveChanges();
    var out = new java.io.ByteArrayOutputStream();
    mail.writeTo(out);
    return out.toByteArray();
  }
}
