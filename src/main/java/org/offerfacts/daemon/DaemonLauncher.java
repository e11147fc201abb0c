package org.offerfacts.daemon;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Starts a daemon in the background, detached from the terminal, unless one holds the lock. */
final class DaemonLauncher {
  /** Enough for the 300-page benchmark file with room; a daemon is one per user and build. */
  private static final String DEFAULT_HEAP = "384m";

  private DaemonLauncher() {}

  static void startInBackground(DaemonAddress address) {
    if (isAlive(address)) return;
    try {
      List<String> command = new ArrayList<>();
      // setsid: a daemon outlives the terminal it was started from, and its Ctrl-C.
      if (Files.isExecutable(Path.of("/usr/bin/setsid"))) command.add("/usr/bin/setsid");
      String heap = System.getenv("OFFERFACTS_DAEMON_HEAP");
      command.addAll(command(address.socket(), heap == null || heap.isBlank() ? DEFAULT_HEAP : heap.strip()));
      new ProcessBuilder(command)
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .redirectErrorStream(true)
          .redirectOutput(address.log().toFile())
          .start();
    } catch (IOException e) {
      // No daemon is no failure: the next run reads in its own process, as this one did.
    }
  }

  /** A daemon holds its lock for life, from before its warm-up until it leaves. */
  static boolean isAlive(DaemonAddress address) {
    try (FileChannel channel = FileChannel.open(address.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) return true;
      lock.release();
      return false;
    } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
      return true;
    }
  }

  /**
   * The daemon's JVM. The parallel collector: a daemon's work comes in bursts of large short-lived
   * page texts, for which throughput beats G1's short pauses (measured in docs/benchmarks.md).
   */
  static List<String> command(Path socket, String heap) {
    return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
        "-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError", "-cp", absoluteClassPath(), ExtractDaemon.class.getName(),
        socket.toString());
  }

  private static String absoluteClassPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      entries.add(Path.of(entry).toAbsolutePath().toString());
    }
    return String.join(java.io.File.pathSeparator, entries);
  }
}
