package org.offerfacts.ask;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.browser.Chromium;
import org.offerfacts.store.Offer;
import org.offerfacts.store.StoredFact;
import org.offerfacts.web.TestServer;

/** The supplier's page on a phone, and the review screen of an imported reply, in a real browser. */
class AskInBrowserIT {
  @TempDir static Path data;
  static TestServer server;
  static Chromium chromium;
  static Offer nordlink;

  @BeforeAll
  static void start() throws Exception {
    chromium = Chromium.launch();
    server = TestServer.withDemo(data);
    nordlink = AskFixture.offer(server, "Nordlink");
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (chromium != null) chromium.close();
  }

  @Test
  void a_supplier_answers_on_a_phone_without_an_account_and_the_answers_are_recorded() throws Exception {
    AskFixture.Made list = AskFixture.list(server, nordlink.id(),
        "{\"attributes\":[\"cgnat\",\"router_dmz\",\"ipv6_prefix\"],\"language\":\"fr\"}");
    try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
        .setViewportSize(390, 844).setLocale("en-GB"))) {
      Page page = context.newPage();
      page.navigate(server.base + list.answerPath());

      assertThat(page.locator("h1")).containsText("Questions sur votre offre Nordlink");
      assertThat(page.locator("fieldset.answer-line")).hasCount(3);
      assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("ask-answer-phone")).setFullPage(true));

      page.locator("#q1 label:has-text('Non')").click();
      page.locator("#q2 label:has-text('Pas encore connu')").click();
      page.locator("input[name=by_2]").fill(java.time.LocalDate.now().plusDays(4).toString());
      page.locator("#q3 label:has-text('Valeur')").click();
      page.locator("input[name=value_3]").fill("56");
      page.locator("#q3 summary").click();
      page.locator("textarea[name=comment_3]").fill("Préfixe /56 délégué par DHCPv6-PD.");
      page.locator("input[name=name]").fill("Jeanne Martin");
      page.locator("input[name=email]").fill("jeanne@nordlink.example");
      page.locator("form.answer-form button[type=submit]").click();

      assertThat(page.locator("h1")).hasText("Merci");
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("ask-answer-phone-thanks")));
    }
    List<StoredFact> stated = server.app.facts.ofOffers(List.of(nordlink.id())).stream()
        .filter(f -> "jeanne@nordlink.example".equals(f.author())).toList();
    assertThat(stated).extracting(f -> f.attribute() + "=" + f.value()).containsExactlyInAnyOrder("cgnat=false", "ipv6_prefix=56");
  }

  @Test
  void a_pasted_reply_is_reviewed_corrected_and_confirmed_in_the_browser() throws Exception {
    AskFixture.Made list = AskFixture.list(server, nordlink.id(), "{\"attributes\":[\"backup_4g\",\"router_dmz\"],\"language\":\"en\"}");
    try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
        .setViewportSize(1280, 900).setLocale("en-GB"))) {
      Page page = context.newPage();
      page.navigate(server.base + "/ask/lists/" + list.listId() + "/reply");
      Chromium.signIn(page);
      page.locator("textarea[name=text]").fill("Hello,\n1. Yes, a 4G backup box is available as an option.\n2. No idea yet.\nBest regards");
      page.locator("input[name=from]").fill("sales@nordlink.example");
      page.locator("form.reply-form button[type=submit]").click();

      assertThat(page.locator("h1")).containsText("Review the reply to " + list.reference());
      assertThat(page.locator("table.review-lines tbody tr")).hasCount(2);
      page.locator("select[name=kind_1]").selectOption("yes");
      page.locator("input[name=quote_1]").fill("1. Yes, a 4G backup box is available as an option.");
      page.locator("input[name=confirm_1]").check();
      page.locator("input[name=confirm_2]").uncheck();
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("ask-review")).setFullPage(true));
      page.locator("form.review-form button[type=submit]").click();

      assertThat(page.locator("#list-" + list.listId() + " tbody tr").first()).containsText("answered");
      assertThat(page.locator("#list-" + list.listId() + " tbody tr").nth(1)).not().containsText("answered");
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("ask-questions-after-review")).setFullPage(true));
    }
    StoredFact backup = server.app.facts.ofOffers(List.of(nordlink.id())).stream()
        .filter(f -> f.attribute().equals("backup_4g") && "sales@nordlink.example".equals(f.author())).findFirst().orElseThrow();
    assertThat(backup.value()).isEqualTo(true);
    assertThat(backup.quote()).isEqualTo("1. Yes, a 4G backup box is available as an option.");
    assertThat(backup.documentId()).isNotNull();
  }
}
