package org.offerfacts.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.ingest.Page;
import org.offerfacts.store.NewDocument;
import org.offerfacts.store.NewOffer;
import org.offerfacts.store.Offer;
import org.offerfacts.store.StoredDocument;
import org.offerfacts.web.TestServer;

/** The search page, its JSON API and the document view, on the real server with the demo offers. */
class SearchPagesIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path data;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.withDemo(data);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void searching_message_electronique_finds_the_fibreval_clause_with_the_words_marked() throws Exception {
    Document page = html("/search?q=" + q("message electronique"));
    Element first = page.selectFirst("ol.results li");
    assertThat(first).isNotNull();
    assertThat(first.selectFirst(".result-where").text()).contains("Fibreval Télécom").contains("Fibre Pro 1G").contains("page 3");
    assertThat(first.select(".snippet mark").eachText()).containsExactly("messages", "électroniques");
    assertThat(first.selectFirst(".snippet").text()).contains("l'émission de messages électroniques via un");
  }

  @Test
  void a_result_link_opens_the_document_on_its_page_with_the_match_highlighted() throws Exception {
    Element link = html("/search?q=" + q("messages électroniques")).selectFirst("ol.results li a.result-title");
    String href = link.attr("href");
    assertThat(href).matches("/documents/\\d+\\?page=3&hl=\\d+-\\d+&q=.+#hl");

    Document doc = html(href.replace("#hl", ""));
    Element hl = doc.getElementById("hl");
    assertThat(hl).isNotNull();
    assertThat(hl.text()).isEqualTo("messages");
    assertThat(hl.closest("section").id()).isEqualTo("page-3");
    assertThat(doc.select(".page-text mark.term").eachText()).contains("électroniques");
    assertThat(doc.select("a[href$=/original]")).isNotEmpty();
    assertThat(doc.selectFirst("h1").text()).contains("Fibreval");
  }

  @Test
  void the_document_view_lists_the_facts_read_from_it_with_links_to_their_evidence() throws Exception {
    long id = demoDocument("Fibreval");
    Document doc = html("/documents/" + id);
    assertThat(doc.select("section.doc-page")).hasSize(4);
    assertThat(doc.select("table.facts tbody tr")).isNotEmpty();
    String evidence = doc.selectFirst("table.facts td.evidence a").attr("href");
    assertThat(evidence).matches("/documents/" + id + "\\?page=\\d&hl=\\d+-\\d+#hl");
    Element hl = html(evidence.replace("#hl", "")).getElementById("hl");
    assertThat(hl).isNotNull();
    assertThat(hl.hasClass("evidence")).isTrue();
  }

  @Test
  void the_filters_keep_results_to_one_supplier_or_offer() throws Exception {
    Offer azur = server.app.offers.all().stream().filter(o -> o.supplier().startsWith("Azur")).findFirst().orElseThrow();
    JsonNode all = api("/api/search?q=port+25");
    JsonNode onlyAzur = api("/api/search?q=port+25&supplier=" + azur.supplierId());
    assertThat(all.get("results").size()).isGreaterThan(1);
    assertThat(onlyAzur.get("results")).isNotEmpty().allSatisfy(r -> assertThat(r.at("/offer/id").asLong()).isEqualTo(azur.id()));
    assertThat(api("/api/search?q=port+25&offer=" + azur.id()).get("results")).hasSameSizeAs(onlyAzur.get("results"));
  }

  @Test
  void the_api_gives_each_result_with_its_place_snippet_and_highlighted_ranges() throws Exception {
    JsonNode first = api("/api/search?q=" + q("message electronique")).get("results").get(0);
    assertThat(first.at("/supplier/name").asText()).isEqualTo("Fibreval Télécom");
    assertThat(first.get("page").asInt()).isEqualTo(3);
    assertThat(first.get("score").asDouble()).isPositive();
    String text = first.at("/snippet/text").asText();
    List<String> marked = IntStream.range(0, first.at("/snippet/highlights").size())
        .mapToObj(i -> first.at("/snippet/highlights/" + i)).map(r -> text.substring(r.get(0).asInt(), r.get(1).asInt())).toList();
    assertThat(marked).containsExactly("messages", "électroniques");
  }

  @Test
  void an_empty_or_too_long_query_is_a_400_in_json() throws Exception {
    for (String query : List.of("", "q=", "q=++", "q=" + "a".repeat(SearchQuery.MAX_LENGTH + 1), "q=%22*", "q=port&p=0", "q=port&offer=x")) {
      HttpResponse<String> response = server.get("/api/search?" + query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      JsonNode body = JSON.readTree(response.body());
      assertThat(body.get("status").asInt()).isEqualTo(400);
      assertThat(body.get("error").asText()).isNotBlank();
    }
  }

  @Test
  void query_syntax_and_injection_strings_give_results_or_a_clear_400_never_a_500() throws Exception {
    for (String hostile : List.of("\"", "*", "NEAR(", "OR", "-port", "port\" OR \"x", "'; DROP TABLE page_search; --",
        "port*", "forms:port", "NOT", "(((", "%", "\\", "<script>")) {
      HttpResponse<String> page = server.get("/search?q=" + q(hostile));
      HttpResponse<String> api = server.get("/api/search?q=" + q(hostile));
      assertThat(page.statusCode()).as(hostile).isEqualTo(200);
      assertThat(api.statusCode()).as(hostile).isIn(200, 400);
    }
    assertThat(api("/api/search?q=" + q("-port")).get("results")).isNotEmpty();
    assertThat(api("/api/search?q=port").get("results")).isNotEmpty();
  }

  @Test
  void hostile_page_text_is_escaped_in_snippets_and_in_the_document_view() throws Exception {
    Offer offer = server.app.offers.create(NewOffer.of("Evil <b>Corp</b>", "Trap"));
    String text = "Zanzibar <script>alert(1)</script> <img src=x onerror=alert(2)> zanzibar \" ' &amp;";
    StoredDocument doc = store(offer, "<i>title</i>", List.of(text));

    String results = server.get("/search?q=zanzibar").body();
    assertThat(results).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert")
        .doesNotContain("<img src=x").doesNotContain("<i>title").doesNotContain("<b>Corp");
    String view = server.get("/documents/" + doc.id() + "?q=zanzibar&hl=0-40").body();
    assertThat(view).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert")
        .doesNotContain("<img src=x").doesNotContain("<i>title");
    assertThat(Jsoup.parse(view).select(".page-text").text()).isEqualTo(text);
  }

  @Test
  void a_long_document_is_shown_one_page_at_a_time_with_navigation() throws Exception {
    Offer offer = server.app.offers.create(NewOffer.of("Longwave", "Big"));
    List<String> pages = IntStream.rangeClosed(1, DocumentPages.WHOLE_UP_TO + 4).mapToObj(i -> "Texte de la page " + i).toList();
    StoredDocument doc = store(offer, "Annexes", pages);

    Document fifth = html("/documents/" + doc.id() + "?page=5");
    assertThat(fifth.select("section.doc-page")).extracting(Element::id).containsExactly("page-5");
    assertThat(fifth.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/documents/" + doc.id() + "?page=4");
    assertThat(fifth.selectFirst("a[rel=next]").attr("href")).isEqualTo("/documents/" + doc.id() + "?page=6");
    assertThat(html("/documents/" + doc.id()).select("section.doc-page")).extracting(Element::id).containsExactly("page-1");
    assertThat(server.get("/documents/" + doc.id() + "?page=99").statusCode()).isEqualTo(404);
    assertThat(server.get("/documents/999999").statusCode()).isEqualTo(404);
  }

  @Test
  void the_search_page_speaks_french_and_keeps_the_query_in_its_form() throws Exception {
    Document page = html("/search?q=" + q("bloqué") + "&lang=fr");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Recherche");
    assertThat(page.selectFirst("form.search-form input[name=q]").val()).isEqualTo("bloqué");
    assertThat(page.select("ol.results li")).isNotEmpty();
    assertThat(page.select(".snippet mark").eachText()).anySatisfy(m -> assertThat(m.toLowerCase()).startsWith("bloqu"));
  }

  private static StoredDocument store(Offer offer, String title, List<String> pages) {
    byte[] bytes = String.join("\f", pages).getBytes(StandardCharsets.UTF_8);
    String sha = server.app.contents.put(bytes, "text/plain");
    List<Page> list = IntStream.range(0, pages.size()).mapToObj(i -> new Page(i + 1, pages.get(i))).toList();
    return server.app.documents.add(new NewDocument(offer.id(), sha, title + ".txt", title, "fr", list, List.of(), null));
  }

  private static long demoDocument(String supplierStart) {
    Offer offer = server.app.offers.all().stream().filter(o -> o.supplier().startsWith(supplierStart)).findFirst().orElseThrow();
    return server.app.documents.ofOffer(offer.id()).get(0).id();
  }

  private static Document html(String path) throws Exception {
    HttpResponse<String> response = server.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  private static JsonNode api(String path) throws Exception {
    HttpResponse<String> response = server.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
