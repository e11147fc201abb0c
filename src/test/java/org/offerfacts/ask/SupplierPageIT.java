package org.offerfacts.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.ask.AskFixture.anonymousForm;
import static org.offerfacts.ask.AskFixture.anonymousGet;
import static org.offerfacts.ask.AskFixture.enc;
import static org.offerfacts.ask.AskFixture.group;
import static org.offerfacts.store.schema.Tables.QUESTION_LIST;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.offerfacts.store.FactStatus;
import org.offerfacts.store.StoredFact;
import org.offerfacts.web.TestServer;

/** The supplier's secret page over HTTP, without an account, from answers to facts. */
class SupplierPageIT extends OnDemoServer {
  private static AskFixture.Made fourQuestions() throws Exception {
    return AskFixture.list(server, nordlink.id(),
        "{\"attributes\":[\"cgnat\",\"router_dmz\",\"ipv6_prefix\",\"backup_4g\"],\"language\":\"fr\"}");
  }

  @Test
  void answers_on_the_page_become_supplier_stated_facts_with_respondent_and_time_and_promises_date_questions()
      throws Exception {
    AskFixture.Made list = fourQuestions();
    HttpResponse<String> page = anonymousGet(server, list.answerPath());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Nordlink").contains("name=\"kind_4\"").contains("lang=\"fr\"");
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    String form = group(page.body(), "name=\"form\" value=\"([^\"]+)\"");
    String promised = LocalDate.now().plusDays(7).toString();

    HttpResponse<String> sent = anonymousForm(server, list.answerPath(), "form=" + enc(form)
        + "&kind_1=no&kind_2=yes&comment_2=" + enc("<script>alert('x')</script> sur demande")
        + "&kind_3=value&value_3=56&url_3=" + enc("https://nordlink.example/doc.pdf")
        + "&kind_4=unknown&by_4=" + promised + "&name=" + enc("Jeanne Martin") + "&email=" + enc("jeanne@nordlink.example"));

    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    assertThat(sent.body()).contains("4 réponses ont été enregistrées");
    List<StoredFact> stated = server.app.facts.ofOffers(List.of(nordlink.id())).stream()
        .filter(f -> "jeanne@nordlink.example".equals(f.author())).toList();
    assertThat(stated).extracting(f -> f.attribute() + "=" + f.value())
        .containsExactlyInAnyOrder("cgnat=false", "router_dmz=true", "ipv6_prefix=56");
    assertThat(stated).allSatisfy(f -> {
      assertThat(f.status()).isEqualTo(FactStatus.SUPPLIER_STATED);
      assertThat(f.note()).startsWith("answered by Jeanne Martin <jeanne@nordlink.example> on the supplier page");
      assertThat(f.recordedAt()).startsWith(LocalDate.now(java.time.ZoneOffset.UTC).toString());
    });
    assertThat(stated).filteredOn(f -> f.attribute().equals("ipv6_prefix")).singleElement()
        .satisfies(f -> assertThat(f.note()).endsWith("https://nordlink.example/doc.pdf"));

    JsonNode states = AskFixture.listJson(server, nordlink.id(), list.listId()).get("questions");
    assertThat(states.findValuesAsText("state")).containsExactly("answered", "answered", "answered", "promised");
    assertThat(states.get(3).get("promised_by").asText()).isEqualTo(promised);
    assertThat(states.get(0).get("answer_fact_id").asLong()).isPositive();

    String offerPage = server.get("/offers/" + nordlink.id()).body();
    assertThat(offerPage).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
  }

  @Test
  void hostile_text_sent_back_with_an_error_is_escaped_and_nothing_is_recorded() throws Exception {
    AskFixture.Made list = fourQuestions();
    String form = group(anonymousGet(server, list.answerPath()).body(), "name=\"form\" value=\"([^\"]+)\"");
    int before = server.app.facts.ofOffers(List.of(nordlink.id())).size();

    HttpResponse<String> refused = anonymousForm(server, list.answerPath(), "form=" + enc(form)
        + "&kind_1=no&kind_3=value&value_3=" + enc("beaucoup") + "&name=" + enc("\"><img src=x onerror=alert(1)>")
        + "&email=" + enc("x@nordlink.example"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("question 3").doesNotContain("<img src=x").contains("&lt;img src=x");
    assertThat(server.app.facts.ofOffers(List.of(nordlink.id()))).hasSize(before);
  }

  @Test
  void respondent_name_and_e_mail_are_required() throws Exception {
    AskFixture.Made list = fourQuestions();
    String form = group(anonymousGet(server, list.answerPath()).body(), "name=\"form\" value=\"([^\"]+)\"");

    HttpResponse<String> noName = anonymousForm(server, list.answerPath(), "form=" + enc(form) + "&kind_1=no&email=a%40b.example");
    HttpResponse<String> badMail = anonymousForm(server, list.answerPath(), "form=" + enc(form) + "&kind_1=no&name=A&email=nope");

    assertThat(noName.statusCode()).isEqualTo(400);
    assertThat(badMail.statusCode()).isEqualTo(400);
  }

  @Test
  void a_post_without_the_page_s_form_token_or_from_another_site_is_refused() throws Exception {
    AskFixture.Made list = fourQuestions();
    AskFixture.Made other = fourQuestions();
    String otherForm = group(anonymousGet(server, other.answerPath()).body(), "name=\"form\" value=\"([^\"]+)\"");
    String answers = "&kind_1=no&name=A&email=a%40b.example";

    assertThat(anonymousForm(server, list.answerPath(), "form=" + enc(otherForm) + answers).statusCode()).isEqualTo(403);
    assertThat(anonymousForm(server, list.answerPath(), "form=1.abc" + answers).statusCode()).isEqualTo(403);
    String form = group(anonymousGet(server, list.answerPath()).body(), "name=\"form\" value=\"([^\"]+)\"");
    HttpResponse<String> crossSite = server.anonymous(HttpRequest.newBuilder(server.uri(list.answerPath()))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
        .POST(HttpRequest.BodyPublishers.ofString("form=" + enc(form) + answers)));
    assertThat(crossSite.statusCode()).isEqualTo(403);
  }

  @Test
  void a_file_up_to_20_mib_is_attached_to_the_fact_as_evidence() throws Exception {
    AskFixture.Made list = fourQuestions();
    String form = group(anonymousGet(server, list.answerPath()).body(), "name=\"form\" value=\"([^\"]+)\"");
    String boundary = "----ask" + UUID.randomUUID();
    StringBuilder body = new StringBuilder();
    for (String[] field : new String[][] {{"form", form}, {"kind_2", "no"}, {"name", "Paul"}, {"email", "paul@nordlink.example"}}) {
      body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
          .append("\"\r\n\r\n").append(field[1]).append("\r\n");
    }
    body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file_2\"; filename=\"dmz.txt\"\r\n")
        .append("Content-Type: text/plain\r\n\r\nPas de DMZ sur la box.\r\n--").append(boundary).append("--\r\n");

    HttpResponse<String> sent = server.anonymous(HttpRequest.newBuilder(server.uri(list.answerPath()))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));

    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    StoredFact dmz = server.app.facts.ofOffers(List.of(nordlink.id())).stream()
        .filter(f -> "paul@nordlink.example".equals(f.author())).findFirst().orElseThrow();
    assertThat(dmz.value()).isEqualTo(false);
    assertThat(server.app.verification.attachments(dmz.id())).extracting(a -> a.fileName()).containsExactly("dmz.txt");
  }

  @Test
  void an_unknown_link_is_404_and_a_revoked_or_expired_one_410() throws Exception {
    assertThat(anonymousGet(server, "/answer/" + "A".repeat(43)).statusCode()).isEqualTo(404);
    assertThat(anonymousGet(server, "/answer/short").statusCode()).isEqualTo(404);

    AskFixture.Made revoked = fourQuestions();
    assertThat(server.postForm("/ask/lists/" + revoked.listId() + "/revoke", "").statusCode()).isEqualTo(303);
    assertThat(anonymousGet(server, revoked.answerPath()).statusCode()).isEqualTo(410);

    AskFixture.Made expired = fourQuestions();
    server.app.db.writeVoid(tx -> tx.update(QUESTION_LIST)
        .set(QUESTION_LIST.LINK_EXPIRES, LocalDate.now().minusDays(1).toString())
        .where(QUESTION_LIST.ID.eq(expired.listId())).execute());
    HttpResponse<String> gone = anonymousGet(server, expired.answerPath());
    assertThat(gone.statusCode()).isEqualTo(410);
    assertThat(anonymousForm(server, expired.answerPath(), "kind_1=no&name=A&email=a%40b.example").statusCode()).isEqualTo(410);
  }
}
