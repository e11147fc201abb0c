package org.offerfacts.app;

/**
 * The server logs to standard output at INFO, as services are expected to; the one-shot
 * commands keep standard output for their results and log warnings to standard error.
 * Set before the first logger is made; OFFERFACTS_LOG_LEVEL overrides the level.
 */
final class Logs {
  private Logs() {}

  static void toStandardOutput() {
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.out");
    String level = System.getenv("OFFERFACTS_LOG_LEVEL");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level == null || level.isBlank() ? "info" : level);
    System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.org.jooq", "warn");
  }
}
