package org.offerfacts.crash;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code Main serve} in a child JVM, on a free loopback port, so a test can kill it as an
 * operator's {@code kill -9} or the kernel's OOM killer would: no shutdown hook, no finally.
 * The child gets the test's own class path, so {@code mvn test} on a clean clone needs no jar.
 */
public final class ServerProcess implements AutoCloseable {
  private final Process process;
  public final String base;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.base = "http://127.0.0.1:" + port;
  }

  /**
   * @param tmp       the child's java.io.tmpdir, so the test sees every temporary file it leaves
   * @param log       its standard output and error, appended, for the failure message
   * @param jvmFlags  heap and compiler flags
   */
  public static ServerProcess start(Path data, Path tmp, Path log, List<String> jvmFlags) throws IOException {
    Files.createDirectories(tmp);
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmFlags);
    command.addAll(List.of("-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
        "org.offerfacts.Main", "serve", "--no-demo", "--host", "127.0.0.1", "--port", String.valueOf(port),
        "--data", data.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("OFFERFACTS_LOG_LEVEL", "warn");
    Process process = builder.start();
    // If the test JVM itself is stopped (a timeout, Ctrl-C), the server must not live on.
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    ServerProcess server = new ServerProcess(process, port);
    server.awaitReady(log);
    return server;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL on Linux; gives the processes it had started (the reader), which must die on their own. */
  public List<ProcessHandle> kill() throws InterruptedException {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
    return children;
  }

  /** The resident memory of the server JVM in KiB, from /proc (Linux only), or -1 once it has gone. */
  public long residentKib() {
    return Proc.residentKib(process.pid());
  }

  /** The resident memory of the processes the server started (the reader), in KiB. */
  public long childrenResidentKib() {
    return process.descendants().mapToLong(p -> Math.max(0, Proc.residentKib(p.pid()))).sum();
  }

  @Override
  public void close() throws InterruptedException {
    if (!process.isAlive()) return;
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) kill();
  }

  private void awaitReady(Path log) throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < giveUp) {
      if (!process.isAlive()) throw new IllegalStateException("the server stopped while starting:\n" + Proc.tail(log));
      try {
        HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create(base + "/health"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
        if (health.statusCode() == 200) return;
      } catch (IOException e) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the server started", e);
      }
      sleep(100);
    }
    process.destroyForcibly();
    throw new IllegalStateException("the server did not answer /health within 90 s:\n" + Proc.tail(log));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
