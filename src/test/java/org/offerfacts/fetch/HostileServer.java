package org.offerfacts.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP server on 127.0.0.1 that misbehaves on request. It records every request it sees, so a
 * test can prove that a refused redirect was never followed.
 */
final class HostileServer implements AutoCloseable {
  /** One request as the server saw it. */
  record Seen(String path, String userAgent, String acceptEncoding, String cookie) {}

  private final HttpServer server;
  private final ExecutorService threads;
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  HostileServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
    // Daemon threads, interrupted on close: slow handlers must not outlive the test.
    threads = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "hostile-server");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(threads);
    server.start();
  }

  /** Serves {@code path} (and everything below it) with {@code handler}, recording each request. */
  HostileServer on(String path, HttpHandler handler) {
    server.createContext(path, exchange -> {
      seen.add(new Seen(
          exchange.getRequestURI().toString(),
          exchange.getRequestHeaders().getFirst("User-Agent"),
          exchange.getRequestHeaders().getFirst("Accept-Encoding"),
          exchange.getRequestHeaders().getFirst("Cookie")));
      try {
        handler.handle(exchange);
      } catch (IOException clientWentAway) {
        // Expected whenever the fetcher aborts: that is what most tests provoke.
      } finally {
        exchange.close();
      }
    });
    return this;
  }

  int port() {
    return server.getAddress().getPort();
  }

  String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  List<Seen> seen() {
    return List.copyOf(seen);
  }

  int requestCount() {
    return seen.size();
  }

  /** A policy that trusts this server (127.0.0.1 on its port) and nothing else on loopback. */
  FetchPolicy trustingPolicy() {
    return FetchPolicy.DEFAULT.withAllowedPorts(80, 443, port()).withTrusted("127.0.0.1");
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---- handlers ----

  static HttpHandler page(String contentType, String body) {
    return exchange -> send(exchange, 200, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  static HttpHandler status(int status) {
    return exchange -> send(exchange, status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8));
  }

  static HttpHandler redirect(int status, String location) {
    return exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      exchange.sendResponseHeaders(status, -1);
    };
  }

  static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Writes {@code chunk} forever (chunked), pausing {@code pauseMillis} between writes. */
  static HttpHandler endless(byte[] chunk, long pauseMillis) {
    return exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/plain");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < until) {
        out.write(chunk);
        out.flush();
        if (pauseMillis > 0) {
          sleep(pauseMillis);
        }
      }
    };
  }

  static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("server closing", e);
    }
  }
}
