package org.offerfacts.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.store.FactStatus;
import org.offerfacts.store.NewFact;
import org.offerfacts.store.NewOffer;
import org.offerfacts.web.TestServer;

/**
 * Strings from documents and users shown in every page, as a browser runs them: no payload may
 * open a dialog, and each must be readable as the text it is.
 */
class HostileContentInBrowserIT {
  private static final List<String> PAYLOADS = List.of(
      "<script>alert('s1')</script>",
      "\"><img src=x onerror=alert('s2')>",
      "' onmouseover='alert(3)' x='",
      "javascript:alert('s4')",
      "${7*7} {{7*7}} <%= 7*7 %>",
      "' OR 1=1 --");

  @TempDir static Path data;
  static TestServer server;
  static Chromium chromium;
  static long offer;
  static long document;

  @BeforeAll
  static void start() throws Exception {
    chromium = Chromium.launch();
    server = TestServer.start(data);
    String hostile = String.join(" ", PAYLOADS);
    offer = server.app.offers.create(new NewOffer(hostile, "Offre " + PAYLOADS.get(1), "fibre", null, null, hostile)).id();
    String html = "<html lang=\"fr\"><head><title>" + PAYLOADS.get(0).replace("<", "&lt;") + "</title></head><body>"
        + "<p>L'adressage IPv6 est fourni en natif. " + hostile.replace("<", "&lt;") + "</p>"
        + "<script>alert('from the document')</script><img src=x onerror=\"alert('doc')\"></body></html>";
    server.upload("/offers/" + offer + "/documents", "file", "fiche.html", "text/html", html.getBytes(StandardCharsets.UTF_8));
    server.awaitJobs();
    document = server.app.documents.ofOffer(offer).get(0).id();
    server.app.facts.append(new NewFact(offer, "reverse_dns", true, List.of(), FactStatus.SUPPLIER_STATED, null, null,
        hostile, null, null, hostile, null, "supplier"));
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (chromium != null) chromium.close();
  }

  @Test
  void noPageRunsWhatADocumentOrAUserTypedAndEachShowsItAsText() {
    List<String> dialogs = new CopyOnWriteArrayList<>();
    try (BrowserContext context = chromium.browser.newContext()) {
      Page page = context.newPage();
      page.onDialog(d -> {
        dialogs.add(d.message());
        d.dismiss();
      });
      page.navigate(server.base + "/");
      Chromium.signIn(page);
      for (String path : List.of("/", "/offers/" + offer, "/compare?offers=" + offer, "/compare/email?offers=" + offer,
          "/offers/" + offer + "/facts/reverse_dns", "/documents/" + document, "/search?q=adressage",
          "/search?q=" + java.net.URLEncoder.encode(PAYLOADS.get(0), StandardCharsets.UTF_8), "/review")) {
        page.navigate(server.base + path);
        page.locator("td, li, p, h1").first().hover();
        assertThat(page.content()).as(path).doesNotContain("<script>alert('s1')</script>");
      }
      page.navigate(server.base + "/offers/" + offer);
      assertThat(page.locator("h1").innerText()).contains(PAYLOADS.get(1));
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("hostile-offer-page")).setFullPage(true));
    }
    assertThat(dialogs).isEmpty();
  }
}
