package org.offerfacts.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary folder through which documents reach the reader process. A server killed with
 * {@code kill -9} cannot clean it up, so its name carries the server's process id, and each new
 * folder's creation removes those whose server is no longer running: several servers may share
 * the temporary folder, and only the dead ones' files are removed.
 */
final class ReadingSpool {
  private static final Logger log = LoggerFactory.getLogger(ReadingSpool.class);
  private static final String PREFIX = "offerfacts-reading-";

  private ReadingSpool() {}

  static Path create() throws IOException {
    Path spool = Files.createTempDirectory(PREFIX + ProcessHandle.current().pid() + "-");
    removeLeftovers(spool.getParent());
    return spool;
  }

  private static void removeLeftovers(Path tmp) {
    try (Stream<Path> entries = Files.list(tmp)) {
      entries.filter(ReadingSpool::ofDeadServer).forEach(ReadingSpool::remove);
    } catch (IOException e) {
      log.warn("could not look for the reading folders of stopped servers in {}: {}", tmp, e.getMessage());
    }
  }

  private static boolean ofDeadServer(Path folder) {
    String name = folder.getFileName().toString();
    if (!name.startsWith(PREFIX)) return false;
    String pid = name.substring(PREFIX.length(), Math.max(PREFIX.length(), name.indexOf('-', PREFIX.length())));
    try {
      return ProcessHandle.of(Long.parseLong(pid)).map(p -> !p.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static void remove(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> inside = files.toList();
      for (Path file : inside) Files.deleteIfExists(file);
      Files.deleteIfExists(folder);
      log.info("removed {}, left by a server that was stopped while reading", folder);
    } catch (IOException e) {
      log.warn("could not remove {}: {}", folder, e.getMessage());
    }
  }
}
