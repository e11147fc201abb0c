package org.offerfacts.ask;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.store.Offer;
import org.offerfacts.web.TestServer;

/** One real server with the demo offers per test class; the ask tests question Nordlink, whose gaps the demo tests pin. */
abstract class OnDemoServer {
  @TempDir static Path data;
  static TestServer server;
  static Offer nordlink;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.withDemo(data);
    nordlink = AskFixture.offer(server, "Nordlink");
  }

  @AfterAll
  static void stop() {
    server.close();
  }
}
