package org.offerfacts.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.store.schema.Tables.CONTENT;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.ingest.Page;
import org.offerfacts.store.ContentStore;
import org.offerfacts.store.FactStatus;
import org.offerfacts.store.InjectedFailure;
import org.offerfacts.store.Offer;
import org.offerfacts.store.StoredDocument;
import org.offerfacts.store.StoredFact;
import org.offerfacts.web.TestServer;

/** The import through the real server, with the demo offers in a SQLite file of its own. */
class SheetImportIT {
  @TempDir static Path data;
  static TestServer server;

  @BeforeAll
  static void start() throws InterruptedException {
    server = TestServer.withDemo(data);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void a_sheet_with_offers_as_columns_is_previewed_then_recorded_as_supplier_stated_facts_with_their_evidence()
      throws Exception {
    String csv = """
        Critère;Fibreval Télécom — Fibre Pro 1G;Azur 4G Pro;Acme Télécom / Fibre Max
        IPv6 ?;Oui;Non;Oui (sur demande)
        GTR (h);4;NC;8 h
        Débit descendant;1 Gbit/s;?;peut-être
        """;
    HttpResponse<String> preview = upload("/import", "grille-columns.csv", csv, Map.of("create_missing", "on"));

    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.body()).contains("Fibreval Télécom — Fibre Pro 1G").contains("Acme Télécom — Fibre Max")
        .contains("peut-être").contains("D4");
    assertThat(offer("Fibre Max")).as("nothing is written before the confirmation").isNull();
    String sha = hidden(preview.body(), "sha256");

    HttpResponse<String> confirmed = server.postForm("/import/confirm", form(Map.of("sha256", sha,
        "status", "supplier-stated", "create_missing", "on", "name", "grille-columns.csv")));

    assertThat(confirmed.statusCode()).isEqualTo(303);
    Offer fibreval = offer("Fibre Pro 1G");
    Offer azur = offer("Azur 4G Pro");
    Offer acme = offer("Fibre Max");
    assertThat(acme.supplier()).isEqualTo("Acme Télécom");
    assertThat(confirmed.headers().firstValue("Location"))
        .hasValue("/compare?offers=" + fibreval.id() + "," + azur.id() + "," + acme.id());

    StoredFact ipv6 = imported(fibreval, "ipv6");
    assertThat(ipv6.value()).isEqualTo(true);
    assertThat(ipv6.status()).isEqualTo(FactStatus.SUPPLIER_STATED);
    assertThat(ipv6.author()).isEqualTo("import:grille-columns.csv");
    assertThat(ipv6.page()).isEqualTo(1);
    assertThat(ipv6.quote()).isEqualTo("IPv6 ? | Oui");
    Page sheet = server.app.documents.page(ipv6.documentId(), 1).orElseThrow();
    assertThat(sheet.text().substring(ipv6.quoteStart(), ipv6.quoteEnd())).isEqualTo("Oui");
    StoredDocument doc = server.app.documents.find(ipv6.documentId()).orElseThrow();
    assertThat(doc.source()).isEqualTo("grille-columns.csv");
    assertThat(doc.offerId()).isEqualTo(fibreval.id());
    assertThat(imported(fibreval, "download_mbps").value()).isEqualTo(1000.0);
    assertThat(imported(azur, "ipv6").value()).isEqualTo(false);
    assertThat(imported(acme, "ipv6").conditions()).containsExactly("on_request");
    assertThat(importedFacts(acme)).extracting(StoredFact::attribute).containsExactlyInAnyOrder("ipv6", "sla_gtr_hours");
  }

  @Test
  void the_same_sheet_uploaded_and_confirmed_twice_is_stored_once_and_records_its_facts_once() throws Exception {
    String csv = "Offre,IPv6,Mode bridge\nSDSL Pro 20M,oui,non\n";
    String first = hidden(upload("/import", "twice.csv", csv, Map.of()).body(), "sha256");
    String second = hidden(upload("/import", "twice-copy.csv", csv, Map.of()).body(), "sha256");
    assertThat(second).isEqualTo(first);
    assertThat(server.app.db.read().fetchCount(CONTENT, CONTENT.SHA256.eq(first))).isEqualTo(1);

    String confirm = form(Map.of("sha256", first, "status", "supplier-stated", "name", "twice.csv"));
    assertThat(server.postForm("/import/confirm", confirm).statusCode()).isEqualTo(303);
    assertThat(server.postForm("/import/confirm", confirm).statusCode()).isEqualTo(303);

    Offer nordlink = offer("SDSL Pro 20M");
    assertThat(server.app.documents.ofOffer(nordlink.id())).filteredOn(d -> d.sha256().equals(first)).hasSize(1);
    assertThat(importedFacts(nordlink)).filteredOn(f -> f.author().equals("import:twice.csv")).hasSize(2);
  }

  @Test
  void a_sheet_already_read_as_an_ordinary_document_keeps_its_quotes_without_offsets_into_another_text()
      throws Exception {
    String csv = "Critère;Fibre Business 900\r\nMode bridge;  Oui  \r\n";
    Offer brightwave = offer("Fibre Business 900");
    server.upload("/offers/" + brightwave.id() + "/documents", "file", "plain.txt", "text/plain",
        csv.getBytes(StandardCharsets.UTF_8));
    server.awaitJobs();
    String sha = org.offerfacts.store.ContentStore.sha256(csv.getBytes(StandardCharsets.UTF_8));
    StoredDocument earlier = server.app.documents.findByContent(brightwave.id(), sha).orElseThrow();
    assertThat(server.app.documents.page(earlier.id(), 1).orElseThrow().text()).isNotEqualTo(csv);

    server.postForm("/import/confirm", form(Map.of("sha256", sha, "name", "plain.csv")));

    StoredFact bridge = importedFacts(brightwave).stream().filter(f -> f.author().equals("import:plain.csv"))
        .findFirst().orElseThrow();
    assertThat(bridge.documentId()).isEqualTo(earlier.id());
    assertThat(bridge.quote()).isEqualTo("Mode bridge | Oui");
    assertThat(bridge.quoteStart()).isNull();
  }

  @Test
  void hostile_cells_are_stored_as_text_and_escaped_in_the_preview() throws Exception {
    String csv = """
        Critère,Brightwave Networks — Fibre Business 900
        Langues du support,"=HYPERLINK(""http://evil.example"",""clic"")"
        IPv6,<script>alert(1)</script>
        <img src=x onerror=alert(2)>,Oui
        """;
    HttpResponse<String> preview = upload("/import", "hostile.csv", csv, Map.of());

    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.body()).doesNotContain("<script>alert(1)").doesNotContain("<img src=x")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("=HYPERLINK(");
    server.postForm("/import/confirm", form(Map.of("sha256", hidden(preview.body(), "sha256"), "name", "hostile.csv")));

    StoredFact languages = imported(offer("Fibre Business 900"), "support_languages");
    assertThat(languages.value()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"clic\")");
  }

  @Test
  void the_api_previews_with_dry_run_and_records_without_it() throws Exception {
    String csv = "Offre;Commitment;Disponibilité\nAzur Connect Pro — Azur 4G Pro;24 mois;99,9 %\n";
    HttpResponse<String> dry = postCsv("/api/import?status=extracted&dry_run=1&name=api.csv", csv);

    assertThat(dry.statusCode()).isEqualTo(200);
    assertThat(dry.body()).contains("\"dryRun\":true").contains("\"attribute\":\"commitment_months\"")
        .contains("\"value\":24").contains("\"result\":null");
    Offer azur = offer("Azur 4G Pro");
    assertThat(importedFacts(azur)).noneMatch(f -> f.author().equals("import:api.csv"));

    HttpResponse<String> done = postCsv("/api/import?status=extracted&name=api.csv", csv);

    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body()).contains("\"recorded\":2");
    assertThat(importedFacts(azur)).filteredOn(f -> f.author().equals("import:api.csv"))
        .allSatisfy(f -> assertThat(f.status()).isEqualTo(FactStatus.EXTRACTED)).hasSize(2);
  }

  @Test
  void the_api_answers_errors_as_json() throws Exception {
    HttpResponse<String> badStatus = postCsv("/api/import?status=verified", "Offre;IPv6\nA;Oui\n");
    assertThat(badStatus.statusCode()).isEqualTo(400);
    assertThat(badStatus.body()).contains("\"status\":400").contains("\"error\"");

    HttpResponse<String> broken = postCsv("/api/import", "Offre;IPv6\nA;\"Oui\n");
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(broken.body()).contains("never closes").contains("\"status\":400");

    HttpResponse<String> json = server.postJson("/api/import", "{}");
    assertThat(json.statusCode()).isEqualTo(415);
  }

  @Test
  void the_form_speaks_french_and_an_unreadable_sheet_comes_back_to_it_with_the_reason() throws Exception {
    assertThat(server.get("/import", "fr").body()).contains("Importer un tableau comparatif").contains("name=\"file\"");
    assertThat(server.get("/", "fr").body()).contains("href=\"/import\"");

    HttpResponse<String> refused = upload("/import", "notes.csv", "Nom;Couleur\nA;Noir\n", Map.of());
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("names an attribute").contains("name=\"file\"");
    HttpResponse<String> refusedInFrench = upload("/import?lang=fr", "notes.csv", "Nom;Couleur\nA;Noir\n", Map.of());
    assertThat(refusedInFrench.body()).contains("Ni la première colonne ni la première ligne");

    HttpResponse<String> tooLarge = upload("/import", "big.csv", "a;b\n" + "x".repeat(CsvReader.MAX_BYTES), Map.of());
    assertThat(tooLarge.statusCode()).isEqualTo(400);
    assertThat(tooLarge.body()).contains("larger than 5 MiB");
  }

  @Test
  void an_import_that_fails_after_its_documents_are_written_leaves_no_offer_document_or_fact_behind() throws Exception {
    String csv = """
        Critère;Azur 4G Pro;Crashnet / Fibre Zéro
        IPv6 ?;Oui;Non
        GTR (h);6;4
        """;
    String sheetSha = ContentStore.sha256(csv.getBytes(StandardCharsets.UTF_8));
    Offer azur = offer("Azur 4G Pro");
    int azurDocuments = server.app.documents.ofOffer(azur.id()).size();

    HttpResponse<String> failed;
    // Offers and documents are written before the first fact, which the database refuses.
    try (InjectedFailure ignored = InjectedFailure.onInsertInto(server.app.db, "fact")) {
      failed = postCsv("/api/import?status=supplier-stated&create_missing=on&name=half.csv", csv);
    }

    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(offer("Fibre Zéro")).as("the offer the sheet created").isNull();
    assertThat(server.app.documents.ofOffer(azur.id())).as("the sheet as a document of an offer it feeds")
        .hasSize(azurDocuments).noneMatch(d -> d.sha256().equals(sheetSha));

    HttpResponse<String> again = postCsv("/api/import?status=supplier-stated&create_missing=on&name=half.csv", csv);

    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(again.body()).contains("\"recorded\":4");
    assertThat(importedFacts(offer("Fibre Zéro"))).hasSize(2);
    assertThat(importedFacts(azur)).filteredOn(f -> f.author().equals("import:half.csv")).hasSize(2);
  }

  private static Offer offer(String name) {
    return server.app.offers.all().stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
  }

  private static List<StoredFact> importedFacts(Offer offer) {
    return server.app.facts.ofOffers(List.of(offer.id())).stream().filter(f -> f.author().startsWith("import:")).toList();
  }

  private static StoredFact imported(Offer offer, String attribute) {
    return importedFacts(offer).stream().filter(f -> f.attribute().equals(attribute)).reduce((a, b) -> b).orElseThrow();
  }

  private static String hidden(String html, String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
    assertThat(m.find()).as("hidden field " + name).isTrue();
    return m.group(1);
  }

  private static String form(Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return body.toString();
  }

  private static HttpResponse<String> postCsv(String path, String csv) throws Exception {
    return server.send(HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "text/csv; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
  }

  /** A multipart form as the import form sends it: the file and the other fields. */
  private static HttpResponse<String> upload(String path, String fileName, String csv, Map<String, String> fields)
      throws Exception {
    String boundary = "----sheet" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (var field : fields.entrySet()) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
          + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(csv.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return server.send(HttpRequest.newBuilder(server.uri(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }
}
