package org.offerfacts.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.accounts.Role;
import org.offerfacts.accounts.User;
import org.offerfacts.store.FactStatus;
import org.offerfacts.store.NewFact;
import org.offerfacts.store.StoredFact;
import org.offerfacts.web.TestServer;

class VerificationTest {
  @TempDir Path data;
  TestServer server;
  long offer;
  User technician;

  @BeforeEach
  void start() {
    server = TestServer.start(data);
    offer = server.app.offers.create(org.offerfacts.store.NewOffer.of("Acme", "Fibre")).id();
    technician = server.app.accounts.users.create("tech@test.example", Role.TECHNICIAN, "a long enough password", false);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aLaterDocumentThatDisagreesWithAVerifiedFactIsRecordedAsDisputedNotAsTheAnswer() {
    server.app.verification.verify(technician, offer, "smtp_port25_outbound_blocked", false, List.of(),
        new Evidence("telnet to port 25 from the trial line: open, 2026-11-02", null, null));
    recorded(extracted("smtp_port25_outbound_blocked", true, 0.9));
    recorded(extracted("smtp_port25_outbound_blocked", false, 0.9));

    List<StoredFact> history = server.app.facts.ofOffers(List.of(offer));
    assertThat(history).extracting(StoredFact::status)
        .containsExactly(FactStatus.VERIFIED, FactStatus.DISPUTED, FactStatus.EXTRACTED);
    assertThat(server.app.review.items()).singleElement().satisfies(item -> {
      assertThat(item.reason()).isEqualTo(ReviewQueue.Reason.DISPUTED);
      assertThat(item.fact().value()).isEqualTo(true);
      assertThat(item.verified().value()).isEqualTo(false);
    });
  }

  @Test
  void theQueueListsDisputesThenUnverifiedFactsLeastConfidentFirstAndAVerificationSettlesThem() {
    recorded(extracted("ipv6", true, 0.9));
    recorded(extracted("router_bridge_mode", true, 0.4));
    assertThat(server.app.review.items()).extracting(i -> i.fact().attribute())
        .containsExactly("router_bridge_mode", "ipv6");

    StoredFact bridge = server.app.facts.ofOffers(List.of(offer)).get(1);
    server.app.verification.verify(technician, offer, "router_bridge_mode", true, List.of(), new Evidence(
        "confirmed on the box's admin page", null, null));
    assertThat(server.app.review.items()).extracting(i -> i.fact().attribute()).containsExactly("ipv6");
    assertThat(bridge.status()).isEqualTo(FactStatus.EXTRACTED);
  }

  @Test
  void anAnswerWithoutEvidenceOrWithAQuoteNotInTheDocumentIsRefused() {
    assertThatThrownBy(() -> new Evidence("  ", null, null)).hasMessageContaining("needs evidence");
    assertThatThrownBy(() -> server.app.verification.verify(technician, offer, "ipv6", true, List.of(),
        new Evidence(null, null, new Evidence.Quote(999, 1, "IPv6 : oui")))).hasMessageContaining("no such document");
  }

  @Test
  void onlyATechnicianMayVerifyAndTheCellPageShowsWhoAndWhen() throws Exception {
    String form = "value=true&conditions=on_request&note=" + URLEncoder.encode("asked support, 2026-11-02", StandardCharsets.UTF_8);
    String path = "/offers/" + offer + "/facts/ipv6/verify";
    HttpResponse<String> byEditor = server.send(post(path, form).header("Authorization", "Bearer " + server.tokenFor(Role.EDITOR)));
    assertThat(byEditor.statusCode()).isEqualTo(403);

    String techToken = server.app.accounts.tokens.create(technician.id(), "tests");
    HttpResponse<String> byTechnician = server.send(post(path, form).header("Authorization", "Bearer " + techToken));
    assertThat(byTechnician.statusCode()).isEqualTo(303);

    String cell = server.get("/offers/" + offer + "/facts/ipv6").body();
    assertThat(cell).contains("tech@test.example").contains("asked support, 2026-11-02").contains("status-verified");
    assertThat(server.app.accounts.audit.latest(10)).anySatisfy(e -> assertThat(e.action()).isEqualTo("fact.verify"));
  }

  @Test
  void aValueThatDoesNotFitTheAttributeIsAClearErrorOnThePage() throws Exception {
    HttpResponse<String> response = server.send(post("/offers/" + offer + "/facts/sla_gtr_hours/verify",
        "value=four&note=x"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("takes a number");
  }

  @Test
  void theApiVerifiesWithEvidenceAndListsTheQueue() throws Exception {
    recorded(extracted("ipv6", true, 0.3));
    String techToken = server.app.accounts.tokens.create(technician.id(), "tests");
    HttpResponse<String> queue = server.send(HttpRequest.newBuilder(server.uri("/api/review"))
        .header("Authorization", "Bearer " + techToken));
    assertThat(queue.body()).contains("\"reason\":\"unverified\"").contains("\"attribute\":\"ipv6\"");

    String path = "/api/offers/" + offer + "/facts/ipv6/verify";
    HttpResponse<String> noEvidence = server.send(json(path, "{\"value\":false}").header("Authorization", "Bearer " + techToken));
    assertThat(noEvidence.statusCode()).isEqualTo(400);
    assertThat(noEvidence.body()).contains("needs evidence");
    HttpResponse<String> byEditor = server.send(json(path, "{\"value\":false,\"note\":\"x\"}")
        .header("Authorization", "Bearer " + server.tokenFor(Role.EDITOR)));
    assertThat(byEditor.statusCode()).isEqualTo(403);
    HttpResponse<String> done = server.send(json(path, "{\"value\":false,\"note\":\"no IPv6 on the trial line, 2026-12-01\"}")
        .header("Authorization", "Bearer " + techToken));
    assertThat(done.statusCode()).as(done.body()).isEqualTo(201);
    assertThat(server.app.facts.ofOffers(List.of(offer))).last()
        .satisfies(f -> {
          assertThat(f.status()).isEqualTo(FactStatus.VERIFIED);
          assertThat(f.value()).isEqualTo(false);
        });
  }

  @Test
  void anExpiredSessionSendsTheBrowserBackToLogin() throws Exception {
    var session = server.app.accounts.sessions.open(technician);
    HttpRequest.Builder home = HttpRequest.newBuilder(server.uri("/")).header("Cookie", "offerfacts_session=" + session.secret());
    assertThat(server.send(home).statusCode()).isEqualTo(200);
    server.app.db.writeVoid(tx -> tx.update(org.offerfacts.store.schema.Tables.USER_SESSION)
        .set(org.offerfacts.store.schema.Tables.USER_SESSION.EXPIRES_AT, "2020-01-01T00:00:00Z").execute());
    HttpResponse<String> expired = server.send(HttpRequest.newBuilder(server.uri("/"))
        .header("Cookie", "offerfacts_session=" + session.secret()));
    assertThat(expired.statusCode()).isEqualTo(303);
    assertThat(expired.headers().firstValue("Location").orElseThrow()).startsWith("/login");
  }

  private HttpRequest.Builder json(String path, String body) {
    return HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private NewFact extracted(String attribute, Object value, double confidence) {
    return new NewFact(offer, attribute, value, List.of(), FactStatus.EXTRACTED, null, null, "quote", null, null, null,
        confidence, attribute + "/rule");
  }

  private HttpRequest.Builder post(String path, String form) {
    return HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
  }

  private void recorded(NewFact fact) {
    server.app.db.writeVoid(tx -> server.app.recorder.record(tx, fact));
  }
}
