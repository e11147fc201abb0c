package org.offerfacts.share;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.accounts.Role;
import org.offerfacts.browser.Chromium;
import org.offerfacts.web.TestServer;

/**
 * The team at work in three browsers and a stranger in a fourth: a buyer shares a comparison, a
 * technician corrects a value with a note, a viewer sees the new value with its badge and its
 * timeline, and whoever opens the shared link sees the view as it was and nothing else.
 */
class ShareInBrowserIT {
  private static final String PASSWORD = "a long enough password";
  private static final String VIEW = "/compare?offers=1,2&attrs=sla_gtr_hours,ipv6";
  @TempDir static Path data;
  static TestServer server;
  static Chromium chromium;

  @BeforeAll
  static void start() throws Exception {
    chromium = Chromium.launch();
    server = TestServer.withDemo(data);
    server.app.accounts.users.create("tech@test.example", Role.TECHNICIAN, PASSWORD, false);
    server.app.accounts.users.create("viewer@test.example", Role.VIEWER, PASSWORD, false);
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (chromium != null) chromium.close();
  }

  @Test
  void aCorrectionReachesTheTeamWhileTheSharedLinkKeepsItsValuesAndShowsNothingElse() {
    String shared;
    try (BrowserContext buyer = chromium.browser.newContext()) {
      Page page = buyer.newPage();
      page.navigate(server.base + VIEW);
      Chromium.signIn(page);
      page.locator("details.share-form summary").click();
      page.locator("details.share-form button[type=submit]").click();
      shared = page.locator("input.share-url").inputValue();
      assertThat(page.locator("table.shares")).containsText("Fibreval");
    }
    assertThat(shared).startsWith(server.base + "/share/");

    try (BrowserContext tech = chromium.browser.newContext()) {
      Page page = tech.newPage();
      page.navigate(server.base + "/offers/1/facts/sla_gtr_hours");
      signIn(page, "tech@test.example");
      page.locator("input[name=value]").fill("2");
      page.locator("textarea[name=note]").fill("Supplier's support confirmed a 2-hour GTR on the phone, ticket 4411");
      page.locator("form[enctype='multipart/form-data'] button[type=submit]").click();
      assertThat(page.locator("table.timeline tr.status-row-verified")).containsText("ticket 4411");
    }

    try (BrowserContext viewer = chromium.browser.newContext()) {
      Page page = viewer.newPage();
      page.navigate(server.base + VIEW);
      signIn(page, "viewer@test.example");
      Locator gtr = page.locator("tr[data-attribute=sla_gtr_hours] td").first();
      assertThat(gtr.locator(".value")).hasText("2 h");
      assertThat(gtr.locator(".status-verified")).containsText("verified — tech@test.example, 20");
      assertThat(page.locator("details.share-form")).hasCount(0);
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("share-viewer-sees-verified")).setFullPage(true));
      gtr.locator("summary").click();
      gtr.locator("a.history").click();
      assertThat(page.locator("table.timeline")).containsText("ticket 4411");
      assertThat(page.locator("table.timeline")).containsText("tech@test.example");
      assertThat(page.locator("form[action$='/verify']")).hasCount(0);
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("share-viewer-timeline")).setFullPage(true));
    }

    try (BrowserContext stranger = chromium.browser.newContext()) {
      Page page = stranger.newPage();
      page.navigate(shared);
      assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*/login.*"));
      assertThat(page.locator("tr[data-attribute=sla_gtr_hours] td").first().locator(".value")).hasText("4 h");
      assertThat(page.locator(".share-state")).containsText("1 value changed since this link was made.");
      assertThat(page.locator("header nav, form, input, button, .quick-search")).hasCount(0);
      for (String href : page.locator("a").all().stream().map(a -> a.getAttribute("href")).toList()) {
        assertThat(href).as("the only links: the language switch and the current view")
            .satisfiesAnyOf(h -> assertThat(h).startsWith("/share/"), h -> assertThat(h).isEqualTo(VIEW));
      }
      page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("share-link-fresh-context")).setFullPage(true));
      page.locator("a.current-view").click();
      assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?next=.*"));
    }
  }

  private static void signIn(Page page, String email) {
    page.locator("input[name=email]").fill(email);
    page.locator("input[name=password]").fill(PASSWORD);
    page.locator("form[action='/login'] button[type=submit]").click();
    page.waitForURL(url -> !url.contains("/login"));
  }
}
