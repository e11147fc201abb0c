package org.offerfacts.app;

import java.nio.file.Path;

/**
 * How the app runs, from flags and {@code OFFERFACTS_*} environment variables (see
 * {@link ServeCommand}).
 *
 * @param dataDir     where the SQLite file lives (and, later, other state)
 * @param databaseUrl a PostgreSQL JDBC URL instead of SQLite, or null
 * @param demo        load the demo offers into an empty database
 * @param catalogDir  a catalog folder to use instead of the bundled one, or null
 * @param fetchTrusted intranet hosts or CIDR ranges URL fetching may reach
 */
public record AppConfig(
    String host,
    int port,
    Path dataDir,
    String databaseUrl,
    String databaseUser,
    String databasePassword,
    boolean demo,
    Path catalogDir,
    String[] fetchTrusted,
    long maxUploadBytes) {

  public static final long DEFAULT_MAX_UPLOAD = 50L * 1024 * 1024;

  /** A config for tests and tools: loopback, a free port, this data folder, no demo. */
  public static AppConfig forData(Path dataDir) {
    return new AppConfig("127.0.0.1", 0, dataDir, null, null, null, false, null, new String[0], DEFAULT_MAX_UPLOAD);
  }

  public AppConfig withDemo(boolean on) {
    return new AppConfig(host, port, dataDir, databaseUrl, databaseUser, databasePassword, on, catalogDir, fetchTrusted,
        maxUploadBytes);
  }

  public AppConfig withFetchTrusted(String... trusted) {
    return new AppConfig(host, port, dataDir, databaseUrl, databaseUser, databasePassword, demo, catalogDir, trusted,
        maxUploadBytes);
  }

  /**
   * After how many days a fact's evidence counts as stale in the review queue
   * (OFFERFACTS_STALE_DAYS, default 180): offers change, and a two-year-old answer deserves a check.
   */
  public int staleDays() {
    String days = System.getenv("OFFERFACTS_STALE_DAYS");
    if (days == null || days.isBlank()) return 180;
    try {
      return Math.max(1, Integer.parseInt(days.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("OFFERFACTS_STALE_DAYS is not a number of days: " + days);
    }
  }

  /**
   * Whether documents are read in a separate process (OFFERFACTS_ISOLATE_READING, default true):
   * a hostile PDF can exhaust a JVM's memory or stack, and that must not be the server's.
   */
  public boolean isolateReading() {
    return !"false".equalsIgnoreCase(env("OFFERFACTS_ISOLATE_READING", "true"));
  }

  /** The reader process's heap (OFFERFACTS_READER_HEAP, default 384m; 300 pages need less than 128m). */
  public String readerHeap() {
    String heap = env("OFFERFACTS_READER_HEAP", "384m");
    if (!heap.matches("\\d+[kmgKMG]?")) throw new IllegalArgumentException("OFFERFACTS_READER_HEAP is not a heap size: " + heap);
    return heap;
  }

  /** How long one document may take to read (OFFERFACTS_READ_TIMEOUT_SECONDS, default 120). */
  public java.time.Duration readTimeLimit() {
    String seconds = env("OFFERFACTS_READ_TIMEOUT_SECONDS", "120");
    try {
      return java.time.Duration.ofSeconds(Math.max(1, Long.parseLong(seconds.strip())));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("OFFERFACTS_READ_TIMEOUT_SECONDS is not a number: " + seconds);
    }
  }

  /** How often the mailbox (OFFERFACTS_IMAP_*) is read, in minutes (OFFERFACTS_IMAP_POLL_MINUTES, default 5). */
  public int mailboxMinutes() {
    String minutes = env("OFFERFACTS_IMAP_POLL_MINUTES", "5");
    try {
      return Math.max(1, Integer.parseInt(minutes));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("OFFERFACTS_IMAP_POLL_MINUTES is not a number: " + minutes);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  public Path sqliteFile() {
    return dataDir.resolve("offerfacts.db");
  }
}
