package org.offerfacts.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.offerfacts.ingest.PdfFixtures;

/**
 * The whole promise in one browser: upload a PDF, find its facts in the comparison, open
 * a cell's evidence, send the link to a colleague who opens it in a fresh browser and sees the
 * same view, then search and open a result on its page.
 */
class CompareInBrowserIT extends DemoInChromium {
  @Test
  void fromUploadToASharedLinkAndASearch() {
    String permalink;
    String table;
    try (BrowserContext buyer = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
      Page page = buyer.newPage();
      AtomicBoolean dialog = new AtomicBoolean();
      page.onDialog(d -> dialog.set(true));
      page.navigate(server.base + "/");
      Chromium.signIn(page);

      page.locator("details.panel summary").click();
      page.locator("input[name=supplier]").fill("Testnet");
      page.locator("input[name=name]").fill("Fibre Entreprise");
      page.locator("form[action='/offers'] button[type=submit]").click();
      byte[] pdf = PdfFixtures.pagesWithTitle("Conditions Testnet", List.of(
          List.of("Conditions particulières de l'offre Fibre Entreprise"),
          List.of("Article 7 - Adressage et messagerie",
              "L'adressage IPv6 est fourni en natif avec un préfixe /56.",
              "Le port 25 sortant est bloqué par défaut ; il peut être ouvert sur demande.")));
      page.locator("input[type=file][name=file]").setInputFiles(new FilePayload("conditions-testnet.pdf", "application/pdf", pdf));
      page.locator("form.upload button[type=submit]").click();
      assertThat(page.locator("table.facts")).containsText("IPv6", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));

      // The offer's own comparison link, then all offers side by side.
      page.locator("a.button[href^='/compare?offers=']").click();
      String offerId = page.url().replaceAll(".*offers=(\\d+).*", "$1");
      page.navigate(server.base + "/compare?offers=" + offerId + ",1,4&attrs=ipv6,ipv6_prefix,smtp_port25_outbound_blocked,sla_gtr_hours");
      Locator ipv6 = page.locator("tr[data-attribute=ipv6] td").first();
      assertThat(ipv6).containsText("oui");
      table = page.locator("table.compare").innerText();
      ipv6.locator("summary").click();
      assertThat(ipv6.locator(".evidence")).containsText("IPv6 est fourni en natif");
      assertThat(ipv6.locator(".evidence a[href*='/documents/']").first()).isVisible();
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("compare-evidence-open")).setFullPage(true));

      // The GTR of our PDF is not stated: a visible unknown, not a "no".
      assertThat(page.locator("tr[data-attribute=sla_gtr_hours] td").first()).containsText("?");

      permalink = page.locator("label.permalink input").inputValue();
      assertThat(dialog).isFalse();
    }

    try (BrowserContext colleague = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
      Page page = colleague.newPage();
      String url = permalink.startsWith("http") ? permalink : server.base + permalink;
      page.navigate(url);
      Chromium.signIn(page);
      assertThat(page.url()).isEqualTo(url);
      assertThat(page.locator("table.compare").innerText()).isEqualTo(table);
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("compare-permalink-fresh-context")).setFullPage(true));

      page.locator("form.quick-search input[name=q]").fill("messages électroniques");
      page.locator("form.quick-search input[name=q]").press("Enter");
      Locator first = page.locator("ol.results li").first();
      assertThat(first).containsText("Fibreval");
      assertThat(first.locator("mark").first()).isVisible();
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("search-results")).setFullPage(true));
      first.locator("a.result-title").click();
      assertThat(page.locator("mark").first()).isVisible();
      assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/documents/\\d+\\?page=3.*"));
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("document-view-from-search")).setFullPage(true));
    }
  }
}
