package org.offerfacts.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.web.TestServer;

/** A browser test's stage: Debian's chromium and the app with its demo offers, once per class. */
abstract class DemoInChromium {
  @TempDir static Path data;
  static TestServer server;
  static Chromium chromium;

  @BeforeAll
  static void start() throws Exception {
    chromium = Chromium.launch();
    server = TestServer.withDemo(data);
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (chromium != null) chromium.close();
  }
}
