package org.offerfacts.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDXFAResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reading a document never reaches out: no external XML entity is resolved (PDF forms carry
 * XML, HTML may declare a DTD), no JavaScript in a PDF is run, no link, image, frame, style or
 * script a document names is fetched. A server on loopback stands where all of them point, with
 * a secret in every answer, and counts the requests it gets.
 */
class NothingFetchedWhileReadingTest {
  private static final String SECRET = "SECRET-FROM-THE-INTRANET";
  private final AtomicInteger requests = new AtomicInteger();
  private HttpServer server;
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = ("<x>" + SECRET + "</x>").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void the_trap_counts_every_request_that_reaches_it() throws Exception {
    java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/x")).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    assertThat(requests).hasValue(1);
  }

  @Test
  void an_html_page_with_a_dtd_images_frames_styles_and_scripts_fetches_nothing() throws Exception {
    String html = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY xxe SYSTEM \"" + base + "/entity\">]>"
        + "<html><head><title>Offre</title><link rel=\"stylesheet\" href=\"" + base + "/style.css\">"
        + "<style>@import url(" + base + "/import.css);</style><script src=\"" + base + "/app.js\"></script>"
        + "<meta http-equiv=\"refresh\" content=\"0; url=" + base + "/refresh\"></head><body>"
        + "<p>IPv6 : oui &xxe;</p><img src=\"" + base + "/pixel.png\"><iframe src=\"" + base + "/frame\"></iframe>"
        + "<object data=\"" + base + "/object\"></object><a href=\"" + base + "/link\">lien</a></body></html>";

    String text = read("offre.html", html.getBytes(StandardCharsets.UTF_8));

    assertThat(text).contains("IPv6").doesNotContain(SECRET);
    assertThat(requests).hasValue(0);
  }

  @Test
  void a_pdf_with_an_xfa_form_declaring_an_external_entity_a_link_and_javascript_fetches_nothing() throws Exception {
    String text = read("offre.pdf", hostilePdf());

    assertThat(text).contains("Port 25").doesNotContain(SECRET);
    assertThat(requests).hasValue(0);
  }

  @Test
  void an_email_whose_html_part_names_remote_images_fetches_nothing() throws Exception {
    String eml = "From: ventes@fournisseur.example\r\nTo: it@client.example\r\nSubject: Offre\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>IPv6 : oui</p><img src=\"" + base
        + "/tracker.gif\"><link rel=\"stylesheet\" href=\"" + base + "/mail.css\"></body></html>\r\n";

    String text = read("reponse.eml", eml.getBytes(StandardCharsets.UTF_8));

    assertThat(text).contains("IPv6");
    assertThat(requests).hasValue(0);
  }

  /** Reads through the same entry point as uploads, without a URL fetcher: nothing may need one. */
  private static String read(String name, byte[] bytes) throws IngestException {
    IngestedDocument document = new Ingestor(IngestLimits.DEFAULT, null).ingest(new DocumentSource(name, name, null, bytes));
    return document.text().pages().stream().map(Page::text).collect(Collectors.joining("\n"));
  }

  private byte[] hostilePdf() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        content.newLineAtOffset(50, 770);
        content.showText("Port 25 : bloqué par défaut.");
        content.endText();
      }
      PDAnnotationLink link = new PDAnnotationLink();
      link.setRectangle(new PDRectangle(50, 760, 200, 20));
      PDActionURI uri = new PDActionURI();
      uri.setURI(base + "/annotation-link");
      link.setAction(uri);
      page.getAnnotations().add(link);
      document.getDocumentCatalog().setOpenAction(new PDActionJavaScript(
          "app.launchURL('" + base + "/javascript', true); this.submitForm('" + base + "/submit');"));
      PDAcroForm form = new PDAcroForm(document);
      COSStream xfa = document.getDocument().createCOSStream();
      try (OutputStream out = xfa.createOutputStream()) {
        out.write(("<?xml version=\"1.0\"?><!DOCTYPE xdp [<!ENTITY xxe SYSTEM \"" + base + "/xfa-entity\">]>"
            + "<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"><data>&xxe;</data></xdp:xdp>").getBytes(StandardCharsets.UTF_8));
      }
      form.setXFA(new PDXFAResource(xfa));
      document.getDocumentCatalog().setAcroForm(form);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
