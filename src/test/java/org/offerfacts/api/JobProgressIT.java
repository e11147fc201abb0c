package org.offerfacts.api;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.offerfacts.store.Job;
import org.offerfacts.browser.Chromium;
import org.offerfacts.store.NewOffer;

/**
 * The offer page's progress bars follow GET /api/jobs/{id} in a real browser, and the page
 * reloads once to show the facts when the jobs are done. The job is queued without being run,
 * so the page is seen while it waits; the test then lets it run.
 */
class JobProgressIT extends OnFreshServer {
  @Test
  void the_offer_page_polls_its_jobs_and_reloads_once_they_are_done() throws Exception {
    long offer = server.app.offers.create(NewOffer.of("Acme", "Fibre")).id();
    Job job = server.app.jobs.queueUpload(offer, "sheet.html", "<html lang=\"fr\"><body><p>IPv6 : oui</p></body></html>"
        .getBytes(StandardCharsets.UTF_8), "text/html");

    try (Chromium chromium = Chromium.launch()) {
      Page page = chromium.browser.newPage();
      page.navigate(server.base + "/offers/" + offer);
      Chromium.signIn(page);
      List<String> polled = new CopyOnWriteArrayList<>();
      page.onRequest(request -> {
        if (request.url().contains("/api/jobs/")) polled.add(request.url());
      });
      page.navigate(server.base + "/offers/" + offer);
      assertThat(page.locator("[data-jobs=running]")).isVisible();
      page.waitForRequest(server.base + "/api/jobs/" + job.id(), () -> {});

      server.app.runner.submit(job);

      assertThat(page.locator("[data-jobs=idle]")).isVisible(
          new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
      assertThat(page.locator("tr[data-job] progress")).hasAttribute("value", "1");
      assertThat(page.locator("table.facts")).containsText("IPv6");
      assertThat(polled).isNotEmpty().allSatisfy(url -> assertThat(url).endsWith("/api/jobs/" + job.id()));
    }
  }
}
