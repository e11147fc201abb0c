package org.offerfacts.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on 127.0.0.1 that writes raw bytes, for answers no proper HTTP server would send:
 * lying Content-Length, endless headers, silence.
 */
final class RawServer implements AutoCloseable {
  interface Script {
    void answer(OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket socket;
  private final ExecutorService threads;
  private final AtomicInteger connections = new AtomicInteger();

  RawServer(Script script) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    threads = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "raw-server");
      thread.setDaemon(true);
      return thread;
    });
    threads.execute(() -> acceptLoop(script));
  }

  private void acceptLoop(Script script) {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        connections.incrementAndGet();
        threads.execute(() -> serve(client, script));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private static void serve(Socket client, Script script) {
    try (client) {
      skipRequestHeaders(client.getInputStream());
      script.answer(client.getOutputStream());
    } catch (IOException | InterruptedException clientWentAway) {
      // The fetcher hung up, which is what the tests provoke.
    }
  }

  /** Reads up to the blank line that ends the request headers. */
  private static void skipRequestHeaders(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    int b;
    while (matched < 4 && (b = in.read()) != -1) {
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
  }

  int port() {
    return socket.getLocalPort();
  }

  String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  int connectionCount() {
    return connections.get();
  }

  FetchPolicy trustingPolicy() {
    return FetchPolicy.DEFAULT.withAllowedPorts(80, 443, port()).withTrusted("127.0.0.1");
  }

  @Override
  public void close() throws IOException {
    socket.close();
    threads.shutdownNow();
  }
}
