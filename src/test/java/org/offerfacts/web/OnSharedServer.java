package org.offerfacts.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** One real server on loopback with an empty database for all the tests of a class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OnSharedServer {
  TestServer server;

  @BeforeAll
  void startServer(@TempDir Path data) {
    server = TestServer.start(data);
  }

  @AfterAll
  void stopServer() {
    server.close();
  }
}
