package org.offerfacts.api;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.web.TestServer;

/** Each test of the API gets the real server on loopback with an empty database of its own. */
abstract class OnFreshServer {
  @TempDir Path data;
  TestServer server;

  @BeforeEach
  void startServer() {
    server = TestServer.start(data);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }
}
