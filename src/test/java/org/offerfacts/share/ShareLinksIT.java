package org.offerfacts.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.store.schema.Tables.SHARE_LINK;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.accounts.Role;
import org.offerfacts.accounts.User;
import org.offerfacts.verify.Evidence;
import org.offerfacts.web.TestServer;

/** Share links over HTTP with the demo offers: made by the API, opened by a stranger without an account. */
class ShareLinksIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VIEW = "/compare?offers=1,3&attrs=smtp_port25_outbound_blocked,sla_gtr_hours";
  @TempDir static Path data;
  static TestServer server;
  static User technician;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.withDemo(data);
    technician = server.app.accounts.users.create("tech@test.example", Role.TECHNICIAN, "a long enough password", false);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aStrangerOpensTheSharedComparisonAndSeesItsValuesAndNoWayIntoTheApp() throws Exception {
    JsonNode made = make("{\"view\": \"" + VIEW + "\"}");
    assertThat(made.get("url").asText()).isEqualTo(server.base + "/share/" + made.get("token").asText());

    HttpResponse<String> page = open(made);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(page.headers().firstValue("X-Robots-Tag")).hasValueSatisfying(v -> assertThat(v).contains("noindex"));
    assertThat(page.body()).contains("<meta name=\"robots\" content=\"noindex, nofollow\">")
        .contains("Fibreval").contains("Azur").contains("4 h<").contains("No value has changed since this link was made.");
    assertThat(hrefs(page.body())).allSatisfy(href -> assertThat(href)
        .doesNotStartWith("/offers").doesNotStartWith("/search").doesNotStartWith("/documents").doesNotStartWith("/admin")
        .doesNotStartWith("/shares").satisfiesAnyOf(h -> assertThat(h).startsWith("/share/"),
            h -> assertThat(h).isEqualTo("/static/app.css"), h -> assertThat(h).isEqualTo(VIEW)));
    assertThat(page.body()).doesNotContain("<form").doesNotContain("/logout").doesNotContain("_csrf");
  }

  @Test
  void afterANewVerifiedFactTheLinkStillShowsTheOldValueAndSaysOneValueChanged() throws Exception {
    JsonNode made = make("{\"view\": \"/compare?offers=2&attrs=sla_gtr_hours\"}");
    assertThat(open(made).body()).contains("8 h<").contains("No value has changed");

    server.app.verification.verify(technician, 2, "sla_gtr_hours", 2L, List.of(),
        new Evidence("asked the supplier's engineer on the phone, 2026-12-01", null, null));

    String body = open(made).body();
    assertThat(body).contains("8 h<").doesNotContain("2 h<").contains("1 value changed since this link was made.")
        .contains("href=\"/compare?offers=2&amp;attrs=sla_gtr_hours\"");
    JsonNode json = JSON.readTree(server.anonymous(HttpRequest.newBuilder(server.uri("/share/" + made.get("token").asText() + ".json"))).body());
    assertThat(json.get("changed").asInt()).isEqualTo(1);
    assertThat(json.at("/snapshot/groups/0/rows/0/cells/0/value").asDouble()).isEqualTo(8.0);
    assertThat(server.get("/compare?offers=2&attrs=sla_gtr_hours").body()).contains("2 h<");
  }

  @Test
  void anAsOfPermalinkShowsTheValueBeforeALaterVerification() throws Exception {
    server.app.verification.verify(technician, 4, "ipv6", false, List.of(), new Evidence("no IPv6 on the trial line", null, null));
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    backdateFactsOf(4, yesterday + "T12:00:00.000Z");

    String now = server.get("/compare?offers=4&attrs=ipv6").body();
    assertThat(cell(now, "ipv6")).contains("no").contains("verified");
    String before = server.get("/compare?offers=4&attrs=ipv6&as_of=" + yesterday).body();
    assertThat(before).contains("Values as they stood at the end of " + yesterday);
    assertThat(cell(before, "ipv6")).doesNotContain("verified");
    assertThat(server.get("/compare?offers=4&attrs=ipv6&as_of=" + today).body()).contains("verified");
    assertThat(server.get("/compare?offers=4&as_of=yesterday").statusCode()).isEqualTo(400);
  }

  @Test
  void anExpiredOrRevokedLinkAnswers410AndAnUnknownOne404WithoutSayingWhy() throws Exception {
    JsonNode expiring = make("{\"offer\": 1, \"expires\": \"" + LocalDate.now(ZoneOffset.UTC) + "\"}");
    assertThat(open(expiring).statusCode()).isEqualTo(200);
    server.app.db.writeVoid(tx -> tx.update(SHARE_LINK).set(SHARE_LINK.EXPIRES_ON, LocalDate.now(ZoneOffset.UTC).minusDays(1).toString())
        .where(SHARE_LINK.ID.eq(expiring.get("id").asLong())).execute());
    HttpResponse<String> expired = open(expiring);
    assertThat(expired.statusCode()).isEqualTo(410);

    JsonNode revoking = make("{\"offer\": 1}");
    assertThat(server.postJson("/api/shares/" + revoking.get("id").asLong() + "/revoke", "").statusCode()).isEqualTo(200);
    HttpResponse<String> revoked = open(revoking);
    assertThat(revoked.statusCode()).isEqualTo(410);
    assertThat(revoked.body().replace(token(revoking), "T")).isEqualTo(expired.body().replace(token(expiring), "T"))
        .contains("This link has expired or was withdrawn").doesNotContain("Fibreval");

    HttpResponse<String> unknown = server.anonymous(HttpRequest.newBuilder(server.uri("/share/" + "A".repeat(43))));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(server.anonymous(HttpRequest.newBuilder(server.uri("/share/nonsense"))).statusCode()).isEqualTo(404);
    assertThat(server.postJson("/api/shares", "{\"offer\": 1, \"expires\": \"2020-01-01\"}").statusCode()).isEqualTo(400);
  }

  @Test
  void tokensAreStoredOnlyAsDigestsAndListedWithoutThem() throws Exception {
    JsonNode made = make("{\"offer\": 3}");
    String token = made.get("token").asText();
    assertThat(token).hasSize(43);
    var rows = server.app.db.read().selectFrom(SHARE_LINK).fetch();
    assertThat(rows.toString()).doesNotContain(token);
    assertThat(rows.getValues(SHARE_LINK.DIGEST)).contains(org.offerfacts.accounts.Secrets.digest(token));
    open(made);
    String list = server.get("/api/shares").body();
    assertThat(list).doesNotContain(token).contains("\"view\":\"/offers/3\"").contains("\"opened\":1");
    assertThat(server.get("/shares").body()).contains("Azur").contains(TestServer.ADMIN_EMAIL).doesNotContain(token);
  }

  @Test
  void aViewerCannotMakeOrRevokeLinksAndSeesOnlyTheirOwn() throws Exception {
    JsonNode made = make("{\"offer\": 2}");
    String viewer = server.tokenFor(Role.VIEWER);
    assertThat(as(viewer, HttpRequest.newBuilder(server.uri("/api/shares")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"offer\": 2}"))).statusCode()).isEqualTo(403);
    assertThat(as(viewer, HttpRequest.newBuilder(server.uri("/api/shares/" + made.get("id").asLong() + "/revoke"))
        .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(403);
    assertThat(as(viewer, HttpRequest.newBuilder(server.uri("/api/shares"))).body()).isEqualTo("{\"shares\":[]}");
    String editor = server.tokenFor(Role.EDITOR);
    assertThat(as(editor, HttpRequest.newBuilder(server.uri("/api/shares/" + made.get("id").asLong() + "/revoke"))
        .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).as("not the editor's link").isEqualTo(404);
    assertThat(open(made).statusCode()).isEqualTo(200);
  }

  @Test
  void theFormsOfTheComparisonAndOfferPagesMakeALinkShownOnce() throws Exception {
    assertThat(server.get("/compare?offers=1,2").body()).contains("action=\"/shares\"").contains("name=\"view\"");
    assertThat(server.get("/offers/1").body()).contains("action=\"/shares\"").contains("name=\"offer\" value=\"1\"");
    HttpResponse<String> made = server.postForm("/shares", "view=" + java.net.URLEncoder.encode(server.base + "/compare?offers=1,2",
        java.nio.charset.StandardCharsets.UTF_8) + "&expires=");
    assertThat(made.statusCode()).isEqualTo(201);
    assertThat(made.body()).contains(server.base + "/share/");
  }

  private static JsonNode make(String body) throws Exception {
    HttpResponse<String> response = server.postJson("/api/shares", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> open(JsonNode made) throws Exception {
    return server.anonymous(HttpRequest.newBuilder(server.uri("/share/" + made.get("token").asText())));
  }

  private static String token(JsonNode made) {
    return made.get("token").asText();
  }

  private static HttpResponse<String> as(String token, HttpRequest.Builder request) throws Exception {
    return server.send(request.header("Authorization", "Bearer " + token));
  }

  private static List<String> hrefs(String html) {
    return java.util.regex.Pattern.compile("(?:href|action|src)=\"([^\"]*)\"").matcher(html).results()
        .map(m -> m.group(1).replace("&amp;", "&")).toList();
  }

  /** The row of one attribute, from its opening tag to the next row. */
  private static String cell(String html, String attribute) {
    int at = html.indexOf("data-attribute=\"" + attribute + "\"");
    assertThat(at).as(attribute + " row").isPositive();
    return html.substring(at, html.indexOf("</tr>", at));
  }

  private static void backdateFactsOf(long offer, String when) {
    server.app.db.writeVoid(tx -> tx.update(org.offerfacts.store.schema.Tables.FACT)
        .set(org.offerfacts.store.schema.Tables.FACT.RECORDED_AT, when)
        .where(org.offerfacts.store.schema.Tables.FACT.OFFER_ID.eq(offer)
            .and(org.offerfacts.store.schema.Tables.FACT.STATUS.ne("verified"))).execute());
  }
}
