package org.offerfacts.app;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.offerfacts.ask.Asking;
import org.offerfacts.ask.MailConfig;
import org.offerfacts.ask.MailboxIntake;
import org.offerfacts.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the web app and its API, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {"Starts the web app. Data lives in one SQLite file under --data, created on first start;",
        "an empty database gets the demo offers unless --no-demo."})
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "${env:OFFERFACTS_PORT:-7070}", description = "HTTP port (OFFERFACTS_PORT, default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "${env:OFFERFACTS_HOST:-127.0.0.1}",
      description = "Address to listen on (OFFERFACTS_HOST, default ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  String host;

  @Option(names = "--data", defaultValue = "${env:OFFERFACTS_DATA:-data}", description = "Data folder (OFFERFACTS_DATA, default ./${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--no-demo", description = "Do not load the demo offers into an empty database (OFFERFACTS_DEMO=false).")
  boolean noDemo;

  @Option(names = "--database-url", defaultValue = "${env:OFFERFACTS_DATABASE_URL}",
      description = "PostgreSQL JDBC URL instead of SQLite (OFFERFACTS_DATABASE_URL), with OFFERFACTS_DATABASE_USER and OFFERFACTS_DATABASE_PASSWORD.")
  String databaseUrl;

  @Option(names = "--catalog", defaultValue = "${env:OFFERFACTS_CATALOG}", description = "Catalog folder instead of the bundled catalog (OFFERFACTS_CATALOG).")
  Path catalog;

  @Option(names = "--max-upload-mb", defaultValue = "${env:OFFERFACTS_MAX_UPLOAD_MB:-50}", description = "Largest upload accepted, in MiB (OFFERFACTS_MAX_UPLOAD_MB, default ${DEFAULT-VALUE}).")
  int maxUploadMb;

  @Override
  public Integer call() throws Exception {
    Logs.toStandardOutput();
    boolean demo = !noDemo && !"false".equalsIgnoreCase(System.getenv("OFFERFACTS_DEMO"));
    String trusted = System.getenv("OFFERFACTS_FETCH_TRUSTED");
    AppConfig config = new AppConfig(host, port, data, blankToNull(databaseUrl), System.getenv("OFFERFACTS_DATABASE_USER"),
        System.getenv("OFFERFACTS_DATABASE_PASSWORD"), demo, catalog,
        trusted == null || trusted.isBlank() ? new String[0] : trusted.strip().split("[,\\s]+"),
        maxUploadMb * 1024L * 1024L);
    CountDownLatch stopped = new CountDownLatch(1);
    try (App app = App.open(config);
         MailboxIntake mailbox = new MailboxIntake(new Asking(app, MailConfig.fromEnv(System.getenv())))) {
      Startup.prepare(app);
      Javalin server = WebServer.create(app).start();
      mailbox.start(System.getenv(), app.config.mailboxMinutes()); // polls only when a mailbox is configured
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.stop();
        stopped.countDown();
      }));
      org.slf4j.LoggerFactory.getLogger(ServeCommand.class)
          .info("offerfacts is ready at http://{}:{}/ (data: {})", host, server.port(),
              config.databaseUrl() != null ? "PostgreSQL" : config.sqliteFile().toAbsolutePath());
      stopped.await();
    }
    return 0;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
