package org.offerfacts.daemon;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** For the benchmark and the tests: where a daemon would listen, waiting for it, stopping it. */
public final class DaemonControl {
  private DaemonControl() {}

  /** The socket of this build's daemon for a process with this environment. */
  public static Optional<Path> socketFor(Map<String, String> env) {
    return DaemonAddress.forThisBuild(env).map(DaemonAddress::socket);
  }

  /** The command that starts a daemon on {@code socket} in the foreground. */
  public static java.util.List<String> command(Path socket, String heap) {
    return DaemonLauncher.command(socket, heap);
  }

  /** Waits until a daemon answers on {@code socket} (after its warm-up); false at the deadline. */
  public static boolean awaitReady(Path socket, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (DaemonClient.ping(socket)) return true;
      Thread.sleep(100);
    }
    return false;
  }

  public static boolean stop(Path socket) {
    return DaemonClient.stop(socket);
  }
}
