package org.offerfacts.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offerfacts.ingest.PdfFixtures;

/** A newcomer's first minutes, in a real browser: the demo offers, then an upload of their own. */
class UploadInBrowserIT extends DemoInChromium {
  @Test
  void theDemoOffersAreThereAndAnUploadedPdfShowsItsFacts() {
    try (BrowserContext context = chromium.browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
        .setLocale("en-GB"))) {
      Page page = context.newPage();
      page.navigate(server.base + "/");
      Chromium.signIn(page);
      assertThat(page.locator("table.offers tbody tr")).hasCount(4);
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("home-demo")).setFullPage(true));

      page.locator("details.panel summary").click();
      page.locator("input[name=supplier]").fill("Opérateur d'essai");
      page.locator("input[name=name]").fill("Fibre test");
      page.locator("form[action='/offers'] button[type=submit]").click();
      assertThat(page.locator("h1")).containsText("Fibre test");

      byte[] pdf = PdfFixtures.pagesWithTitle("Conditions particulières", List.of(
          List.of("Conditions particulières de l'offre Fibre test"),
          List.of("Article 4 - Adressage", "L'adressage IPv6 est fourni en natif avec un préfixe /56.",
              "Le routeur peut fonctionner en mode bridge sur demande.")));
      page.locator("input[type=file][name=file]").setInputFiles(new FilePayload("conditions.pdf", "application/pdf", pdf));
      page.locator("form.upload button[type=submit]").click();

      // The page follows the job by itself until the facts are there.
      assertThat(page.locator("table.facts")).containsText("IPv6", new com.microsoft.playwright.assertions
          .LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
      assertThat(page.locator("table.jobs")).containsText("done");
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("offer-after-upload")).setFullPage(true));
      assertThat(page.locator("table.facts .evidence q").first().textContent()).isNotBlank();
    }
  }

  @Test
  void pagesReadOnAPhoneWidthWithoutSidewaysScrollingOfTheFrame() {
    try (BrowserContext context = chromium.browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
        .setViewportSize(390, 844).setLocale("fr-FR"))) {
      Page page = context.newPage();
      page.navigate(server.base + "/");
      Chromium.signIn(page);
      assertThat(page.locator("h1")).hasText("Offres");
      Object overflow = page.evaluate("document.querySelector('header.top').scrollWidth <= window.innerWidth");
      assertThat(overflow).isEqualTo(true);
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("home-phone-fr")).setFullPage(true));
    }
  }
}
