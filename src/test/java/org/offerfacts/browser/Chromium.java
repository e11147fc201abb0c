package org.offerfacts.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's chromium driven by Playwright, never a downloaded browser. Where chromium is not
 * installed the browser tests are skipped with a message, except when OFFERFACTS_REQUIRE_BROWSER
 * is set (as {@code .ci/run} does): there a missing browser fails the build.
 */
public final class Chromium implements AutoCloseable {
  static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("OFFERFACTS_CHROMIUM", "/usr/bin/chromium"));

  /** As root in a closed network, chromium needs these to start and to stay quiet. */
  private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
      "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--disable-dev-shm-usage");

  final Playwright playwright;
  public final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  public static Chromium launch() {
    boolean required = System.getenv("OFFERFACTS_REQUIRE_BROWSER") != null;
    if (!Files.isExecutable(EXECUTABLE)) {
      if (required) throw new IllegalStateException("chromium is required but missing at " + EXECUTABLE);
      Assumptions.abort("chromium is not installed at " + EXECUTABLE + " (apt-get install chromium); browser tests skipped");
    }
    Playwright playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(EXECUTABLE)
        .setHeadless(true)
        .setArgs(ARGS));
    return new Chromium(playwright, browser);
  }

  /** Signs in on the login page the app sent the browser to, as the test server's admin. */
  public static void signIn(com.microsoft.playwright.Page page) {
    page.locator("input[name=email]").fill(org.offerfacts.web.TestServer.ADMIN_EMAIL);
    page.locator("input[name=password]").fill(org.offerfacts.web.TestServer.ADMIN_PASSWORD);
    page.locator("form[action='/login'] button[type=submit]").click();
    page.waitForURL(url -> !url.contains("/login"));
  }

  /** Screenshots go where the tests' reports go, for a person to look at after a run. */
  public static Path screenshot(String name) {
    return Path.of("target", "screenshots", name + ".png");
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
