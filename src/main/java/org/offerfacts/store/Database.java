package org.offerfacts.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The one place that knows which database we run on. It sets the connection up (SQLite: foreign
 * keys, WAL, busy timeout), applies the migrations, and offers {@link #read} and {@link #write}.
 * SQLite allows one writer at a time, so writes are serialised here rather than left to fail
 * with "database is locked" under load; PostgreSQL needs no such lock.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource pool;
  private final Backend backend;
  private final DSLContext dsl;
  private final ReentrantLock writer = new ReentrantLock(true);
  /** Moves on after every write, so that views computed from older data can tell. */
  private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();

  private Database(HikariDataSource pool, Backend backend) {
    this.pool = pool;
    this.backend = backend;
    this.dsl = DSL.using(pool, backend.dialect, new Settings().withExecuteLogging(false));
  }

  /** Opens (creating it if needed) the SQLite file and brings its schema up to date. */
  public static Database sqlite(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
    } catch (java.io.IOException e) {
      throw new StoreException("cannot create the data folder for " + file + ": " + e.getMessage(), e);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:sqlite:" + file.toAbsolutePath());
    config.setPoolName("offerfacts-sqlite");
    config.setMaximumPoolSize(Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
    config.addDataSourceProperty("foreign_keys", "true");
    config.addDataSourceProperty("journal_mode", "WAL");
    config.addDataSourceProperty("synchronous", "NORMAL");
    config.addDataSourceProperty("busy_timeout", "10000");
    // Transactions take the write lock when they begin. A transaction that reads first and
    // writes later would otherwise fail at once with "database is locked" when another process
    // (a command beside the server) wrote in between, instead of waiting its turn.
    config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
    return open(config, Backend.SQLITE);
  }

  /** Connects to a PostgreSQL database that exists already and brings its schema up to date. */
  public static Database postgresql(String jdbcUrl, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setPoolName("offerfacts-postgresql");
    config.setMaximumPoolSize(8);
    return open(config, Backend.POSTGRESQL);
  }

  private static Database open(HikariConfig config, Backend backend) {
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException("cannot open the database: " + rootMessage(e), e);
    }
    try {
      migrate(pool, backend);
    } catch (RuntimeException e) {
      pool.close();
      throw new StoreException("cannot bring the database schema up to date: " + rootMessage(e), e);
    }
    return new Database(pool, backend);
  }

  private static void migrate(HikariDataSource pool, Backend backend) {
    Flyway.configure()
        .dataSource(pool)
        .locations("classpath:migrations/common", "classpath:migrations/" + backend.folder)
        .placeholders(backend.placeholders)
        .load()
        .migrate();
  }

  public Backend backend() {
    return backend;
  }

  /** A number that changes whenever this process has written anything. */
  public long version() {
    return version.get();
  }

  /** For queries: any number may run at once. */
  public DSLContext read() {
    return dsl;
  }

  /** Runs {@code work} in one transaction, alone among writers. */
  public <T> T write(Function<DSLContext, T> work) {
    if (backend == Backend.SQLITE) writer.lock();
    try {
      return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
    } finally {
      version.incrementAndGet();
      if (backend == Backend.SQLITE) writer.unlock();
    }
  }

  public void writeVoid(Consumer<DSLContext> work) {
    write(tx -> {
      work.accept(tx);
      return null;
    });
  }

  @Override
  public void close() {
    pool.close();
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
    return cause.getMessage();
  }

  /** The databases we support, with what their SQL needs in the shared migrations. */
  public enum Backend {
    SQLITE(SQLDialect.SQLITE, "sqlite",
        Map.of("id_pk", "INTEGER PRIMARY KEY AUTOINCREMENT", "blob", "BLOB")),
    POSTGRESQL(SQLDialect.POSTGRES, "postgresql",
        Map.of("id_pk", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "blob", "BYTEA"));

    final SQLDialect dialect;
    final String folder;
    final Map<String, String> placeholders;

    Backend(SQLDialect dialect, String folder, Map<String, String> placeholders) {
      this.dialect = dialect;
      this.folder = folder;
      this.placeholders = placeholders;
    }
  }
}
