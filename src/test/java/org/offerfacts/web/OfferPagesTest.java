package org.offerfacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfferPagesTest {
  @TempDir Path data;
  TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start(data);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anOfferCreatedByFormShowsOnTheHomePageEscaped() throws Exception {
    HttpResponse<String> created = server.postForm("/offers",
        "supplier=%3Cscript%3Ealert(1)%3C%2Fscript%3E&name=Fibre+Pro&kind=fibre&monthly_price=49%2C90");
    assertThat(created.statusCode()).isEqualTo(303);
    assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).matches("/offers/\\d+"));

    String home = server.get("/").body();
    assertThat(home).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    assertThat(home).contains("Fibre Pro").contains("49.90 €");
  }

  @Test
  void anUploadedHtmlSheetBecomesADocumentWithFactsAndIsStoredOnce() throws Exception {
    server.postForm("/offers", "supplier=Acme&name=Fibre");
    byte[] sheet = ("<html lang=\"fr\"><body><table><tr><td>IPv6</td><td>Oui</td></tr>"
        + "<tr><td>Mode bridge</td><td>Non</td></tr></table></body></html>").getBytes(StandardCharsets.UTF_8);

    assertThat(server.upload("/offers/1/documents", "file", "fiche.html", "text/html", sheet).statusCode()).isEqualTo(303);
    server.upload("/offers/1/documents", "file", "fiche-copie.html", "text/html", sheet);
    server.awaitJobs();

    assertThat(server.app.documents.ofOffer(1)).hasSize(1);
    String page = server.get("/offers/1").body();
    assertThat(page).contains("IPv6").contains("<td class=\"value\">yes");
    assertThat(server.app.facts.ofOffers(java.util.List.of(1L)))
        .anySatisfy(f -> assertThat(f.attribute()).isEqualTo("ipv6"));
  }

  @Test
  void anEmailsAttachmentsBecomeDocumentsOfTheirOwnWithTheirFacts() throws Exception {
    server.postForm("/offers", "supplier=Acme&name=Fibre");
    jakarta.mail.internet.MimeMessage mail = new jakarta.mail.internet.MimeMessage(
        jakarta.mail.Session.getInstance(new java.util.Properties()));
    mail.setFrom("commercial@acme.example");
    mail.setSubject("Notre offre", "UTF-8");
    mail.setSentDate(new java.util.Date());
    var text = new jakarta.mail.internet.MimeBodyPart();
    text.setText("Bonjour, voici la fiche technique de l'offre.", "UTF-8");
    var sheet = new jakarta.mail.internet.MimeBodyPart();
    sheet.setContent("<html lang=\"fr\"><body><table><tr><td>Mode bridge</td><td>Oui</td></tr></table></body></html>",
        "text/html; charset=UTF-8");
    sheet.setFileName("fiche.html");
    mail.setContent(new jakarta.mail.internet.MimeMultipart(text, sheet));
    java.io.ByteArrayOutputStream eml = new java.io.ByteArrayOutputStream();
    mail.writeTo(eml);

    server.upload("/offers/1/documents", "file", "offre.eml", "message/rfc822", eml.toByteArray());
    server.awaitJobs();

    assertThat(server.app.documents.ofOffer(1)).hasSize(2)
        .anySatisfy(d -> assertThat(d.source()).isEqualTo("offre.eml → fiche.html"));
    assertThat(server.app.facts.ofOffers(java.util.List.of(1L)))
        .anySatisfy(f -> assertThat(f.attribute()).isEqualTo("router_bridge_mode"));
  }

  @Test
  void anUnreadableUploadFailsItsJobWithAClearMessage() throws Exception {
    server.postForm("/offers", "supplier=Acme&name=Fibre");
    server.upload("/offers/1/documents", "file", "broken.pdf", "application/pdf",
        "%PDF-1.7\n1 0 obj\n<<".getBytes(StandardCharsets.US_ASCII));
    server.awaitJobs();

    String page = server.get("/offers/1").body();
    assertThat(page).contains("job-failed").contains("failed");
  }

  @Test
  void aPostFromAnotherSiteIsRefused() throws Exception {
    HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/offers"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Origin", "https://evil.example")
        .POST(HttpRequest.BodyPublishers.ofString("supplier=A&name=B")));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(server.app.offers.all()).isEmpty();
  }

  @Test
  void pagesCarrySecurityHeadersAndFollowTheBrowserLanguage() throws Exception {
    HttpResponse<String> fr = server.get("/", "fr-FR,fr;q=0.9,en;q=0.5");
    assertThat(fr.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'"));
    assertThat(fr.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(fr.body()).contains("<html lang=\"fr\">").contains("Nouvelle offre");
    assertThat(server.get("/?lang=en", "fr").body()).contains("New offer");
  }

  @Test
  void anUnknownOfferIsA404PageAndUnderApiA404Json() throws Exception {
    assertThat(server.get("/offers/999").statusCode()).isEqualTo(404);
    HttpResponse<String> api = server.get("/api/nothing-here");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.body()).startsWith("{").contains("\"error\"");
  }

  @Test
  void theOriginalIsOfferedAsADownloadNeverRenderedInline() throws Exception {
    server.postForm("/offers", "supplier=Acme&name=Fibre");
    server.upload("/offers/1/documents", "file", "x.html", "text/html",
        "<html><body><script>alert(1)</script><p>IPv6 : oui</p></body></html>".getBytes(StandardCharsets.UTF_8));
    server.awaitJobs();
    HttpResponse<String> original = server.get("/documents/1/original");
    assertThat(original.statusCode()).isEqualTo(200);
    assertThat(original.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
    assertThat(original.headers().firstValue("Content-Security-Policy")).hasValue("sandbox");
  }
}
