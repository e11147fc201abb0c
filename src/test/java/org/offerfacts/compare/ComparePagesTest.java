package org.offerfacts.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.store.Offer;
import org.offerfacts.web.TestServer;

/** The comparison of the four demo offers, through the real server. */
class ComparePagesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path data;
  static TestServer server;
  static Map<String, Long> ids;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.withDemo(data);
    ids = server.app.offers.all().stream().collect(Collectors.toMap(o -> o.supplier().split(" ")[0], Offer::id));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void the_comparison_shows_each_demo_offers_port_25_answer_with_its_conditions() throws Exception {
    String page = ok("/compare?offers=" + id("Fibreval") + "," + id("Nordlink") + "," + id("Azur") + "," + id("Brightwave")
        + "&attrs=smtp_port25_outbound_blocked");

    assertThat(values(row(page, "smtp_port25_outbound_blocked"))).containsExactly("yes", "no", "yes", "no");
    assertThat(row(page, "smtp_port25_outbound_blocked")).contains("(by default)");
    assertThat(page).contains("<details>").contains("/documents/").contains("hl=");
  }

  @Test
  void an_unstated_cell_says_how_many_documents_were_silent_and_a_stated_no_says_no() throws Exception {
    String page = ok("/compare?offers=" + id("Fibreval") + "," + id("Azur") + "&attrs=router_bridge_mode");
    int documents = server.app.documents.ofOffer(id("Fibreval")).size();

    assertThat(values(row(page, "router_bridge_mode"))).containsExactly("?", "no");
    String silence = documents == 1 ? "not stated in the document we hold" : "not stated in the " + documents + " documents we hold";
    assertThat(documents).isPositive();
    assertThat(row(page, "router_bridge_mode")).contains(silence)
        .contains("value-unknown").contains("value-no");
  }

  @Test
  void a_where_filter_keeps_only_the_offers_that_pass() throws Exception {
    JsonNode open = api("/api/compare?where=smtp_port25_outbound_blocked:false");
    assertThat(offerIds(open)).containsExactlyInAnyOrder(id("Nordlink"), id("Brightwave"));
    assertThat(open.get("filtered_out").asInt()).isEqualTo(2);

    JsonNode fastRepair = api("/api/compare?where=sla_gtr_hours:%3C=4");
    assertThat(offerIds(fastRepair)).as("unknown GTR is not kept").containsExactly(id("Fibreval"));

    String page = ok("/compare?where=smtp_port25_outbound_blocked:false%7Con_request");
    assertThat(head(page)).contains("Nordlink").contains("Brightwave").doesNotContain("Fibreval").doesNotContain("Azur");
    assertThat(page).contains("Outbound port 25 blocked");
  }

  @Test
  void differences_only_hides_the_rows_on_which_the_offers_agree() throws Exception {
    String both = "/compare?offers=" + id("Fibreval") + "," + id("Brightwave") + "&attrs=ipv6,smtp_port25_outbound_blocked";
    assertThat(ok(both)).contains("data-attribute=\"ipv6\"").contains("data-attribute=\"smtp_port25_outbound_blocked\"");

    String diff = ok(both + "&diff=1");
    assertThat(diff).doesNotContain("data-attribute=\"ipv6\"").contains("data-attribute=\"smtp_port25_outbound_blocked\"");
  }

  @Test
  void sorting_by_gtr_puts_the_shortest_first_and_the_unknown_last_either_way() throws Exception {
    assertThat(offerIds(api("/api/compare?sort=sla_gtr_hours"))).first().isEqualTo(id("Fibreval"));
    assertThat(offerIds(api("/api/compare?sort=sla_gtr_hours"))).last().isEqualTo(id("Azur"));
    assertThat(offerIds(api("/api/compare?sort=-sla_gtr_hours"))).last().isEqualTo(id("Azur"));
    assertThat(offerIds(api("/api/compare?sort=price"))).first().isEqualTo(id("Azur"));
  }

  @Test
  void a_profile_judges_every_offer_and_lists_the_questions_still_to_ask() throws Exception {
    HttpResponse<String> saved = server.postForm("/profiles", "name=Office+line&clauses="
        + enc("ipv6:true\nsmtp_port25_outbound_blocked:false|smtp_port25_unblock_on_request:true\nsla_gtr_hours:<=4\nrouter_bridge_mode:true"));
    assertThat(saved.statusCode()).isEqualTo(303);
    String location = saved.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches("/compare\\?profile=\\d+");

    JsonNode judged = api("/api" + location);
    Map<Long, String> overall = new java.util.HashMap<>();
    judged.get("requirements").get("offers").forEach(o -> overall.put(o.get("offer").asLong(), o.get("overall").asText()));
    assertThat(overall).containsEntry(id("Fibreval"), "unknown").containsEntry(id("Nordlink"), "fail")
        .containsEntry(id("Azur"), "fail").containsEntry(id("Brightwave"), "fail");

    String page = ok(location);
    assertThat(page).contains("Questions still to ask")
        .contains("Can the provided router run in bridge mode (modem only), so that our own firewall holds the public IP?")
        .contains("verdict-pass").contains("verdict-fail").contains("verdict-unknown");
    assertThat(ok("/profiles")).contains("Office line").contains("GTR");
  }

  @Test
  void a_profile_that_every_requirement_meets_passes() throws Exception {
    String location = server.postForm("/profiles", "name=Bridge&clauses=" + enc("ipv6:true,router_bridge_mode:true"))
        .headers().firstValue("Location").orElseThrow();
    JsonNode judged = api("/api" + location + "&offers=" + id("Brightwave"));
    assertThat(judged.get("requirements").get("offers").get(0).get("overall").asText()).isEqualTo("pass");
  }

  @Test
  void a_bad_profile_is_refused_and_the_typed_words_come_back() throws Exception {
    HttpResponse<String> refused = server.postForm("/profiles", "name=Broken&clauses=" + enc("warp_drive:true"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("unknown attribute").contains("warp_drive:true").contains("value=\"Broken\"");
  }

  @Test
  void the_permalink_of_a_view_gives_the_same_table_when_opened_again() throws Exception {
    HttpResponse<String> submitted = server.get("/compare?offers=" + id("Nordlink") + "&offers=" + id("Azur") + "&where=ipv6%3Atrue&diff=1&sort=price");
    assertThat(submitted.statusCode()).isEqualTo(303);
    String first = ok(submitted.headers().firstValue("Location").orElseThrow());
    Matcher link = Pattern.compile("readonly value=\"([^\"]+)\"").matcher(first);
    assertThat(link.find()).isTrue();
    String permalink = link.group(1).replace("&amp;", "&");
    assertThat(permalink).endsWith("/compare?offers=" + id("Nordlink") + "," + id("Azur") + "&where=ipv6:true&diff=1&sort=price");

    String again = ok(permalink.substring(server.base.length()));
    assertThat(table(again)).isEqualTo(table(first)).contains("Nordlink");
  }

  @Test
  void a_form_submission_is_sent_to_the_canonical_address() throws Exception {
    HttpResponse<String> response = server.get("/compare?offers=2&offers=1&where=&sort=&diff=1");
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).hasValue("/compare?offers=2,1&diff=1");
  }

  @Test
  void unknown_ids_are_said_plainly_and_malformed_filters_are_a_400() throws Exception {
    String page = ok("/compare?offers=999," + id("Azur") + "&attrs=warp_drive,ipv6");
    assertThat(page).contains("There is no offer #999").contains("There is no attribute “warp_drive”").contains("Azur");

    HttpResponse<String> bad = server.get("/compare?where=ipv6%3C%3Eyes");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("error-message").contains("attribute:value").contains("<form");

    HttpResponse<String> api = server.get("/api/compare?where=warp_drive:true");
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(api.body()).get("status").asInt()).isEqualTo(400);
    assertThat(JSON.readTree(api.body()).get("error").asText()).contains("unknown attribute 'warp_drive'");
  }

  @Test
  void the_csv_download_is_excel_ready_and_holds_the_table() throws Exception {
    HttpResponse<String> csv = server.get("/compare.csv?offers=" + id("Azur") + "," + id("Nordlink") + "&attrs=smtp_port25_outbound_blocked,ipv6");
    assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
    String body = csv.body();
    assertThat(body).startsWith("\uFEFFAttribute,Azur Connect Pro");
    assertThat(body.split("\r\n")).contains("Outbound port 25 blocked,yes (by default),no",
        "IPv6,yes (by default),yes (on request)");
  }

  @Test
  void the_json_download_carries_values_statuses_and_evidence() throws Exception {
    HttpResponse<String> response = server.get("/compare.json?offers=" + id("Fibreval") + "&attrs=sla_gtr_hours,router_bridge_mode");
    assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
    JsonNode json = JSON.readTree(response.body());
    JsonNode gtr = cell(json, "sla_gtr_hours");
    assertThat(gtr.get("value").asDouble()).isEqualTo(4.0);
    assertThat(gtr.get("status").asText()).isEqualTo("extracted");
    assertThat(gtr.get("evidence").get("quote").asText()).isNotBlank();
    assertThat(gtr.get("evidence").get("href").asText()).startsWith("/documents/");
    JsonNode bridge = cell(json, "router_bridge_mode");
    assertThat(bridge.get("value").isNull()).isTrue();
    assertThat(bridge.get("unknown").asText()).startsWith("not stated in the");
  }

  @Test
  void the_email_copy_holds_an_inline_styled_table_and_a_plain_text_one() throws Exception {
    String page = ok("/compare/email?offers=" + id("Azur") + "," + id("Brightwave") + "&attrs=smtp_port25_outbound_blocked");
    assertThat(page).contains("<table class=\"email-table\" style=\"border-collapse:collapse")
        .contains("data-copy-email").contains("id=\"email-text\"");
    assertThat(page).containsPattern("Outbound port 25 blocked *\\| yes \\(by default\\) *\\| no");
  }

  @Test
  void the_page_previews_well_and_speaks_french() throws Exception {
    String page = ok("/compare?offers=" + id("Azur") + "," + id("Brightwave") + "&attrs=ipv6");
    assertThat(page).contains("<meta property=\"og:title\" content=\"Comparison: Azur Connect Pro")
        .containsPattern("og:description\" content=\"IPv6");
    assertThat(ok("/compare?attrs=ipv6&lang=fr")).contains("Comparaison de 4 offres").contains("Différences seulement");
  }

  @Test
  void a_hostile_quote_is_shown_as_text() throws Exception {
    server.app.facts.append(new org.offerfacts.store.NewFact(id("Azur"), "reverse_dns", true, List.of(),
        org.offerfacts.store.FactStatus.SUPPLIER_STATED, null, null, "<img src=x onerror=alert(1)>", null, null,
        "<script>alert(2)</script>", null, "tester"));
    String page = ok("/compare?offers=" + id("Azur") + "&attrs=reverse_dns");
    assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x")
        .contains("&lt;script&gt;alert(2)").doesNotContain("<script>alert(2)");
  }

  @Test
  void the_page_makes_the_same_few_queries_for_one_offer_or_all() throws Exception {
    QueryCounter counter = QueryCounter.on(server.app.db);
    dataChanged();
    ok("/compare?offers=" + id("Azur"));
    int one = counter.reset();
    ok("/compare");
    int all = counter.reset();
    ok("/compare?profile=1");
    int withProfile = counter.reset();
    ok("/compare?profile=1");
    int again = counter.reset();
    counter.close();

    // Four for the comparison, one to know who is asking (token and user in one query).
    assertThat(one).isEqualTo(all).isLessThanOrEqualTo(5);
    assertThat(withProfile).isEqualTo(all + 1);
    // The same view again, data unchanged: only who is asking.
    assertThat(again).isEqualTo(1);
  }

  @Test
  void a_view_opened_again_shows_what_changed_since() throws Exception {
    String before = ok("/compare?offers=" + id("Azur") + "&attrs=backup_4g");
    server.app.facts.append(new org.offerfacts.store.NewFact(id("Azur"), "backup_4g", false, List.of(),
        org.offerfacts.store.FactStatus.VERIFIED, null, null, null, null, null, "checked with dig", null, "tester"));
    String after = ok("/compare?offers=" + id("Azur") + "&attrs=backup_4g");
    assertThat(before).doesNotContain("checked with dig");
    assertThat(after).contains("checked with dig");
  }

  @Test
  void a_browser_holding_the_current_view_gets_304_and_a_change_of_data_gives_the_page_again() throws Exception {
    String path = "/compare?offers=" + id("Azur") + "&attrs=data_unlimited";
    HttpResponse<String> first = server.get(path);
    String tag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> held = server.send(java.net.http.HttpRequest.newBuilder(server.uri(path)).header("If-None-Match", tag));
    assertThat(held.statusCode()).isEqualTo(304);
    assertThat(held.body()).isEmpty();

    dataChanged();
    assertThat(server.send(java.net.http.HttpRequest.newBuilder(server.uri(path)).header("If-None-Match", tag)).statusCode())
        .as("the same table after a write that changed nothing in it").isEqualTo(304);
    server.app.facts.append(new org.offerfacts.store.NewFact(id("Azur"), "data_unlimited", true, List.of(),
        org.offerfacts.store.FactStatus.VERIFIED, null, null, null, null, null, "asked the supplier", null, "tester"));
    HttpResponse<String> afterChange = server.send(java.net.http.HttpRequest.newBuilder(server.uri(path)).header("If-None-Match", tag));
    assertThat(afterChange.statusCode()).isEqualTo(200);
    assertThat(afterChange.headers().firstValue("ETag")).isPresent();
    HttpResponse<String> otherTag = server.send(java.net.http.HttpRequest.newBuilder(server.uri(path)).header("If-None-Match", "\"x\""));
    assertThat(otherTag.statusCode()).isEqualTo(200);
    assertThat(otherTag.body()).contains("asked the supplier");
  }

  @Test
  void a_browser_asking_for_gzip_gets_the_whole_page_compressed() throws Exception {
    String path = "/compare?offers=" + id("Azur") + "," + id("Nordlink");
    String plain = ok(path);
    HttpResponse<byte[]> zipped = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(server.uri(path))
        .header("Authorization", "Bearer " + server.adminToken).header("Accept-Encoding", "gzip").build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(zipped.statusCode()).isEqualTo(200);
    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain);
    }
  }

  /** Any write moves the data on, so no view of the earlier data is kept. */
  private static void dataChanged() {
    server.app.db.writeVoid(tx -> {});
  }

  private static long id(String supplierFirstWord) {
    return ids.get(supplierFirstWord);
  }

  private static String ok(String path) throws Exception {
    HttpResponse<String> response = server.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  private static JsonNode api(String path) throws Exception {
    return JSON.readTree(ok(path));
  }

  private static List<Long> offerIds(JsonNode json) {
    List<Long> out = new ArrayList<>();
    json.get("offers").forEach(o -> out.add(o.get("id").asLong()));
    return out;
  }

  private static JsonNode cell(JsonNode json, String attribute) {
    for (JsonNode c : json.get("cells")) if (c.get("attribute").asText().equals(attribute)) return c;
    throw new AssertionError("no cell " + attribute);
  }

  private static String row(String page, String attribute) {
    int start = page.indexOf("<tr data-attribute=\"" + attribute + "\"");
    assertThat(start).as("row " + attribute).isNotNegative();
    return page.substring(start, page.indexOf("</tr>", start));
  }

  private static List<String> values(String row) {
    List<String> values = new ArrayList<>();
    Matcher m = Pattern.compile("<span class=\"value\">([^<]*)</span>").matcher(row);
    while (m.find()) values.add(m.group(1));
    return values;
  }

  private static String head(String page) {
    return page.substring(page.indexOf("<thead>"), page.indexOf("</thead>"));
  }

  private static String table(String page) {
    return page.substring(page.indexOf("<table class=\"grid compare\">"), page.indexOf("</table>"));
  }

  private static String enc(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
