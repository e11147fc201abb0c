package org.offerfacts.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real PostgreSQL 17 for the whole test run, started on first use and stopped with the JVM.
 * Starting it costs about 2 s (10 s the first time on a machine, when the binaries are unpacked),
 * while a new database in it costs milliseconds, so every test gets its own database instead.
 */
public final class EmbeddedPostgresql {
  public static final String USER = "postgres";
  public static final String PASSWORD = "postgres";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresql.class);
  private static final AtomicInteger databases = new AtomicInteger();
  private static EmbeddedPostgres server;

  private EmbeddedPostgresql() {}

  /** Creates an empty database and returns its JDBC URL. */
  public static String newDatabase() {
    String name = "offerfacts_test_" + databases.incrementAndGet();
    execute("CREATE DATABASE " + name);
    return server().getJdbcUrl(USER, name);
  }

  /** Drops a database made by {@link #newDatabase}, closing what still uses it. */
  public static void dropDatabase(String jdbcUrl) {
    String name = jdbcUrl.replaceAll("^.*/([a-z_0-9]+)(\\?.*)?$", "$1");
    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void execute(String sql) {
    try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private static synchronized EmbeddedPostgres server() {
    if (server != null) return server;
    long start = System.nanoTime();
    try {
      // Durability is worthless for throwaway test data, and costs most of a test's time.
      server = EmbeddedPostgres.builder()
          .setServerConfig("fsync", "off")
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("full_page_writes", "off")
          .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
          .setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
    }
    log.info("embedded PostgreSQL started in {} ms", (System.nanoTime() - start) / 1_000_000);
    return server;
  }
}
