package org.offerfacts.bench;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.offerfacts.accounts.Role;
import org.offerfacts.accounts.Secrets;
import org.offerfacts.accounts.User;
import org.offerfacts.app.App;
import org.offerfacts.app.AppConfig;
import org.offerfacts.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `bench-web`: the comparison page and search under load, on a knowledge base of a busy team's
 * size, measured by wrk from its own process on loopback.
 */
@Command(
    name = "bench-web",
    mixinStandardHelpOptions = true,
    description = {
      "Loads offers × attributes of facts and thousands of documents (kept in --data for the next run), starts the",
      "app on loopback, and measures with wrk the comparison page and searches: requests per second and latency",
      "percentiles. Targets of issue #3 on 2 cores: comparison p95 < 50 ms, search p95 < 100 ms."})
public final class WebBenchCommand implements Callable<Integer> {
  @Option(names = "--offers", defaultValue = "50", description = "Offers. Default: ${DEFAULT-VALUE}.")
  int offers;

  @Option(names = "--attributes", defaultValue = "40", description = "Attributes with facts. Default: ${DEFAULT-VALUE}.")
  int attributes;

  @Option(names = "--documents", defaultValue = "5000", description = "Documents. Default: ${DEFAULT-VALUE}.")
  int documents;

  @Option(names = "--pages", defaultValue = "30", description = "Pages per document. Default: ${DEFAULT-VALUE}.")
  int pages;

  @Option(names = "--data", defaultValue = "target/bench-web", description = "Data folder, reused when already loaded. Default: ${DEFAULT-VALUE}.")
  Path data;

  @Option(names = "--seconds", defaultValue = "15", description = "Load duration per URL. Default: ${DEFAULT-VALUE}.")
  int seconds;

  @Option(names = "--connections", defaultValue = "8", description = "Concurrent connections. Default: ${DEFAULT-VALUE}.")
  int connections;

  @Option(names = "--gzip", description = "Ask for gzip-compressed answers, as browsers do (the server compresses each one).")
  boolean gzip;

  @Option(names = "--wrk", defaultValue = "wrk", description = "The load generator. Default: ${DEFAULT-VALUE}.")
  String wrk;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Files.createDirectories(data);
    Wrk load = new Wrk(wrk, data);
    if (!load.available()) {
      spec.commandLine().getErr().println("wrk not found: apt-get install wrk");
      return 2;
    }
    try (App app = App.open(AppConfig.forData(data))) {
      List<Long> ids = loaded(app, out);
      String authorization = "Bearer " + benchToken(app);
      Javalin server = WebServer.create(app).start();
      try {
        String base = "http://127.0.0.1:" + server.port();
        Map<String, String> urls = urls(base, ids);
        warmUp(urls, authorization);
        out.printf("%n| what | URL | requests/s | p50 (ms) | p95 (ms) | p99 (ms) | errors |%n|---|---|---:|---:|---:|---:|---:|%n");
        for (var entry : urls.entrySet()) {
          Wrk.Result r = load.run(entry.getValue(), authorization, gzip, 2, connections, seconds);
          out.printf(Locale.ROOT, "| %s | `%s` | %.0f | %.1f | %.1f | %.1f | %d |%n", entry.getKey(),
              entry.getValue().substring(base.length()), r.perSecond(), r.p50(), r.p95(), r.p99(), r.errors());
          out.flush();
        }
      } finally {
        server.stop();
      }
    }
    return 0;
  }

  private List<Long> loaded(App app, PrintWriter out) {
    if (!app.offers.isEmpty()) {
      out.println("reusing the knowledge base in " + data.toAbsolutePath());
      return app.offers.all().stream().map(o -> o.id()).sorted().toList();
    }
    out.printf("loading %d offers × %d attributes and %d documents × %d pages into %s…%n", offers, attributes, documents,
        pages, data.toAbsolutePath());
    out.flush();
    long started = System.nanoTime();
    List<Long> ids = new BenchData(app).load(offers, attributes, documents, pages, done -> {
      if (done % 250 == 0) {
        out.printf("  %d/%d documents%n", done, documents);
        out.flush();
      }
    });
    out.printf(Locale.ROOT, "loaded in %.0f s%n", (System.nanoTime() - started) / 1e9);
    return ids;
  }

  /** The comparison of every offer, one filtered view, and searches for a rare and a common term. */
  private Map<String, String> urls(String base, List<Long> ids) {
    String all = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    Map<String, String> urls = new LinkedHashMap<>();
    urls.put("comparison, all offers × all attributes", base + "/compare?offers=" + all);
    urls.put("comparison, filtered", base + "/compare?offers=" + all + "&where=ipv6:true&diff=1");
    urls.put("search, rare term", base + "/search?q=bridge");
    urls.put("search, common term", base + "/search?q=port+25+bloqu%C3%A9");
    urls.put("search API", base + "/api/search?q=messages+electroniques");
    return urls;
  }

  /** A viewer of the benchmark's own, as a colleague reading the pages would be. */
  private static String benchToken(App app) {
    User viewer = app.accounts.users.findByEmail(BENCH_USER)
        .orElseGet(() -> app.accounts.users.create(BENCH_USER, Role.VIEWER, Secrets.random(), false));
    return app.accounts.tokens.create(viewer.id(), "bench-web");
  }

  private static final String BENCH_USER = "bench@localhost.localdomain";

  private static void warmUp(Map<String, String> urls, String authorization) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      for (String url : urls.values()) {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).build(),
            HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 200 && i == 0) failures.add(r.statusCode() + " " + url);
      }
    }
    if (!failures.isEmpty()) throw new IllegalStateException("not every URL answers 200: " + failures);
  }
}
