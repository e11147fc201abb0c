package org.offerfacts.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.ask.AskFixture.anonymousGet;
import static org.offerfacts.ask.AskFixture.enc;
import static org.offerfacts.ask.AskFixture.group;
import static org.offerfacts.store.schema.Tables.QUESTION;
import static org.offerfacts.store.schema.Tables.QUESTION_LIST;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.offerfacts.accounts.Role;
import org.offerfacts.web.TestServer;

/** The buyer's side over HTTP: composing from an offer, sending, reminding, exporting, following up, and the API. */
class AskPagesIT extends OnDemoServer {
  @Test
  void the_compose_form_proposes_the_offer_s_unknowns_ticked_when_core_with_the_default_due_date() throws Exception {
    HttpResponse<String> page = server.get("/offers/" + nordlink.id() + "/ask", "fr");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).containsPattern("value=\"cgnat\" id=\"a-cgnat\" checked")
        .doesNotContain("value=\"router_bridge_mode\"")
        .contains("value=\"" + WorkingDays.after(Asking.today(), 5) + "\"");
    assertThat(server.get("/offers/" + nordlink.id()).body()).contains("/offers/" + nordlink.id() + "/ask");
  }

  @Test
  void making_a_list_shows_the_send_page_with_mailto_link_and_eml_that_carries_the_reference() throws Exception {
    HttpResponse<String> sent = server.postForm("/offers/" + nordlink.id() + "/ask",
        "attribute=cgnat&attribute=ipv6_prefix&language=en&due=" + LocalDate.now().plusDays(9));

    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    String reference = group(sent.body(), "\\[offerfacts (Q-\\d+)\\]");
    String mailto = group(sent.body(), "href=\"(mailto:[^\"]+)\"").replace("&amp;", "&");
    assertThat(URLDecoder.decode(mailto, StandardCharsets.UTF_8)).contains("[offerfacts " + reference + "]")
        .contains("1. Is our IPv4 address shared").contains("/answer/");
    String token = group(sent.body(), "name=\"token\" value=\"([^\"]+)\"");
    long listId = Long.parseLong(reference.substring(2));
    assertThat(anonymousGet(server, "/answer/" + token).statusCode()).isEqualTo(200);

    HttpResponse<String> eml = server.postForm("/ask/lists/" + listId + "/eml", "token=" + token + "&to=" + enc("sales@nordlink.example"));
    assertThat(eml.statusCode()).isEqualTo(200);
    assertThat(eml.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("message/rfc822"));
    MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()),
        new ByteArrayInputStream(eml.body().getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(parsed.getSubject()).startsWith("[offerfacts " + reference + "] Questions about your offer Nordlink");
    assertThat(parsed.getContent().toString()).contains("/answer/" + token).contains("2. What IPv6 prefix");
    assertThat(parsed.getMessageID()).endsWith("@offerfacts>");
    assertThat(server.postForm("/ask/lists/" + listId + "/eml", "token=" + "B".repeat(43)).statusCode()).isEqualTo(400);
    JsonNode list = AskFixture.listJson(server, nordlink.id(), listId);
    assertThat(list.get("sent_how").asText()).isEqualTo("eml");
  }

  @Test
  void questions_json_is_the_exact_match_reply_format() throws Exception {
    AskFixture.Made made = AskFixture.list(server, nordlink.id(), "{\"attributes\":[\"ipv6\",\"cgnat\"],\"language\":\"fr\"}");

    HttpResponse<String> json = server.get("/ask/lists/" + made.listId() + "/questions.json");

    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.body()).matches("\\{\"language\":\"fr\",\"sent\":\"\\d{4}-\\d\\d-\\d\\d\",\"questions\":\\[\\{\"n\":1,"
        + "\"attribute\":\"ipv6\",\"text\":\"L'IPv6 natif est-il fourni sur cet accès \\(hors tunnel\\) \\?\"\\},\\{\"n\":2,"
        + "\"attribute\":\"cgnat\",\"text\":\"[^\"]+\"\\}\\]\\}");
  }

  @Test
  void a_reminder_asks_only_the_unanswered_questions_with_a_fresh_link_that_replaces_the_old_one() throws Exception {
    AskFixture.Made made = AskFixture.list(server, nordlink.id(), "{\"attributes\":[\"cgnat\",\"backup_4g\"],\"language\":\"en\"}");
    server.app.db.writeVoid(tx -> tx.update(QUESTION).set(QUESTION.ANSWERED_AT, "2026-01-01T00:00:00Z")
        .where(QUESTION.LIST_ID.eq(made.listId()).and(QUESTION.N.eq(1))).execute());

    HttpResponse<String> reminder = server.postForm("/ask/lists/" + made.listId() + "/link", "reminder=1");

    assertThat(reminder.statusCode()).isEqualTo(200);
    String letter = group(reminder.body(), "(?s)<pre class=\"letter\">(.*?)</pre>");
    assertThat(letter).startsWith("Hello,\n\nWe have not yet received").contains("2. Is a 4G").doesNotContain("1. Is our IPv4");
    assertThat(anonymousGet(server, made.answerPath()).statusCode()).isEqualTo(404);
    String token = group(reminder.body(), "name=\"token\" value=\"([^\"]+)\"");
    assertThat(anonymousGet(server, "/answer/" + token).statusCode()).isEqualTo(200);
  }

  @Test
  void the_offer_s_questions_page_overdue_page_and_supplier_stats_show_a_list_past_its_date() throws Exception {
    AskFixture.Made made = AskFixture.list(server, nordlink.id(), "{\"attributes\":[\"router_dmz\"],\"language\":\"en\"}");
    server.app.db.writeVoid(tx -> tx.update(QUESTION_LIST).set(QUESTION_LIST.DUE_DATE, "2026-01-05")
        .where(QUESTION_LIST.ID.eq(made.listId())).execute());

    String questions = server.get("/offers/" + nordlink.id() + "/questions", "en").body();
    assertThat(questions).contains("id=\"list-" + made.listId() + "\"").contains("qstate-overdue");
    JsonNode overdue = AskFixture.json(server.get("/api/questions/overdue")).get("questions");
    assertThat(overdue.findValuesAsText("reference")).contains(made.reference());
    assertThat(server.get("/ask/overdue", "en").body()).contains(made.reference()).contains("Nordlink");
    String stats = server.get("/suppliers/answers", "en").body();
    assertThat(stats).contains("Nordlink Business").contains("supplier-stats");
  }

  @Test
  void the_api_validates_its_input_and_a_viewer_may_read_but_not_ask() throws Exception {
    String path = "/api/offers/" + nordlink.id() + "/question-lists";
    assertThat(server.postJson(path, "{\"attributes\":[\"no_such_thing\"]}").statusCode()).isEqualTo(400);
    assertThat(server.postJson(path, "{\"attributes\":[]}").statusCode()).isEqualTo(400);
    assertThat(server.postJson(path, "{\"attributes\":[\"ipv6\"],\"colour\":\"red\"}").statusCode()).isEqualTo(400);
    assertThat(server.postJson(path, "{\"attributes\":[\"ipv6\"],\"language\":\"de\"}").statusCode()).isEqualTo(400);
    assertThat(server.postJson(path, "{\"attributes\":[\"ipv6\"],\"due\":\"2020-01-01\"}").statusCode()).isEqualTo(400);
    assertThat(server.postJson("/api/offers/99999/question-lists", "{\"attributes\":[\"ipv6\"]}").statusCode()).isEqualTo(404);
    HttpResponse<String> error = server.get("/api/offers/99999/question-lists");
    assertThat(error.statusCode()).isEqualTo(404);
    assertThat(error.body()).contains("\"status\":404");

    String viewer = server.tokenFor(Role.VIEWER);
    HttpResponse<String> refused = server.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + viewer)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"attributes\":[\"ipv6\"]}")));
    assertThat(refused.statusCode()).isEqualTo(403);
    AskFixture.Made made = AskFixture.list(server, nordlink.id(), "{\"attributes\":[\"ipv6\"]}");
    HttpResponse<String> read = server.send(HttpRequest.newBuilder(server.uri("/api/offers/" + nordlink.id() + "/question-lists"))
        .header("Authorization", "Bearer " + viewer).GET());
    assertThat(read.statusCode()).isEqualTo(200);
    JsonNode newest = AskFixture.json(read).get("question_lists").get(0);
    assertThat(newest.get("id").asLong()).isEqualTo(made.listId());
    assertThat(newest.get("questions").get(0).get("state").asText()).isEqualTo("open");
    assertThat(anonymousGet(server, "/offers/" + nordlink.id() + "/questions").statusCode()).isEqualTo(303);
  }

  @Test
  void sending_by_smtp_is_offered_only_when_configured() throws Exception {
    HttpResponse<String> sent = server.postForm("/offers/" + nordlink.id() + "/ask", "attribute=cgnat&language=fr");
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body()).doesNotContain("/send\"");
    assertThat(List.of(sent.body())).allSatisfy(b -> assertThat(b).contains("/eml\""));
  }
}
