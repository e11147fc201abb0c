package org.offerfacts.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What Linux tells about a process, and the end of a log, for tests that run real processes. */
final class Proc {
  private Proc() {}

  /** VmRSS from /proc/PID/status in KiB; -1 when the process has gone. */
  static long residentKib(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
      }
      return -1;
    } catch (IOException e) {
      return -1;
    }
  }

  /** The last lines of a log, to put in a failure message. */
  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
