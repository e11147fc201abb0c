package org.offerfacts.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.extract.ExtractCommand;
import org.offerfacts.extract.Extractor;
import org.offerfacts.extract.Invocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The long-lived side: runs {@code extract} command lines sent over its socket, one at a time,
 * with the bundled catalog compiled once and the code warmed up before the first run. It leaves
 * after {@code OFFERFACTS_DAEMON_IDLE_MINUTES} (15 by default) without work, or when asked.
 */
public final class ExtractDaemon {
  static {
    // Its log file says when it started, warmed up, ran and left; other classes keep to warnings.
    System.setProperty("org.slf4j.simpleLogger.log.org.offerfacts.daemon", "info");
  }

  private static final Logger log = LoggerFactory.getLogger(ExtractDaemon.class);
  private static final Duration DEFAULT_IDLE = Duration.ofMinutes(15);

  private final Path socket;
  private final Duration idle;
  private final Extractor bundled;
  private volatile long lastUse = System.nanoTime();
  private volatile boolean busy;
  private volatile ServerSocketChannel server;

  ExtractDaemon(Path socket, Duration idle, Extractor bundled) {
    this.socket = socket;
    this.idle = idle;
    this.bundled = bundled;
  }

  /** {@code ExtractDaemon SOCKET}: started by {@link DaemonLauncher}, not by people. */
  public static void main(String[] args) throws Exception {
    DaemonAddress address = new DaemonAddress(Path.of(args[0]));
    try (FileChannel lockFile = FileChannel.open(address.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
         FileLock lock = lockFile.tryLock()) {
      if (lock == null) return; // another daemon of this build is there or starting
      ExtractDaemon daemon = new ExtractDaemon(address.socket(), idleFrom(System.getenv()), new Extractor(Catalog.bundled()));
      long started = System.nanoTime();
      Warmup.run(daemon::runQuietly);
      log.info("warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
      daemon.serve();
    }
    System.exit(0); // the reading pool's threads would keep the JVM
  }

  /** Accepts runs until idle for too long or asked to stop. */
  void serve() throws IOException {
    Files.deleteIfExists(socket); // a socket left by a daemon that died: the lock says none lives
    ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "daemon-idle-watch");
      t.setDaemon(true);
      return t;
    });
    try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server = channel;
      channel.bind(UnixDomainSocketAddress.of(socket));
      Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
      watch.scheduleAtFixedRate(this::leaveWhenIdle, 1, 1, TimeUnit.SECONDS);
      log.info("listening on {}", socket);
      while (channel.isOpen()) {
        try (SocketChannel client = channel.accept()) {
          busy = true;
          handle(client);
        } catch (ClosedChannelException e) {
          break;
        } catch (IOException e) {
          log.warn("a client went away: {}", e.getMessage());
        } finally {
          busy = false;
          lastUse = System.nanoTime();
        }
      }
    } finally {
      watch.shutdownNow();
      Files.deleteIfExists(socket);
      log.info("left");
    }
  }

  void stop() {
    try {
      ServerSocketChannel channel = server;
      if (channel != null) channel.close();
    } catch (IOException e) {
      log.warn("closing the socket: {}", e.getMessage());
    }
  }

  private void leaveWhenIdle() {
    if (!busy && System.nanoTime() - lastUse > idle.toNanos()) {
      log.info("idle for {}, leaving", idle);
      stop();
    }
  }

  private void handle(SocketChannel client) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(client)));
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
    if (in.readInt() != Wire.VERSION) return; // another build's client, or no client of ours: say nothing
    byte kind = in.readByte();
    if (kind == Wire.PING) {
      exit(out, 0);
      return;
    }
    if (kind == Wire.STOP) {
      exit(out, 0);
      stop();
      return;
    }
    if (kind != Wire.RUN) return;
    Path workingDir = Path.of(Wire.readString(in));
    List<String> args = Wire.readList(in);
    Map<String, String> env = Wire.readMap(in);
    long started = System.nanoTime();
    int code = run(new Invocation(workingDir, env, this::extractorFor), args,
        new PrintWriter(new FrameWriter(out, Wire.OUT), true), new PrintWriter(new FrameWriter(out, Wire.ERR), true));
    log.info("ran extract on {} argument(s) in {} ms, exit {}", args.size(), (System.nanoTime() - started) / 1_000_000, code);
    exit(out, code); // after the log line, so a client that reads the log next finds its run there
  }

  /** The bundled catalog is compiled once; a folder's is read again each run, as it may have been edited. */
  private Extractor extractorFor(Path catalogDir) {
    return catalogDir == null ? bundled : new Extractor(Catalog.fromFolderOrBundled(catalogDir));
  }

  static int run(Invocation invocation, List<String> args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new ExtractCommand(invocation)).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    int code = cli.execute(args.toArray(String[]::new));
    out.flush();
    err.flush();
    return code;
  }

  private void runQuietly(List<String> args) {
    PrintWriter nowhere = new PrintWriter(java.io.Writer.nullWriter());
    run(new Invocation(null, Map.of(), this::extractorFor), args, nowhere, nowhere);
  }

  private static void exit(DataOutputStream out, int code) throws IOException {
    out.writeByte(Wire.EXIT);
    out.writeInt(code);
    out.flush();
  }

  static Duration idleFrom(Map<String, String> env) {
    String minutes = env.get("OFFERFACTS_DAEMON_IDLE_MINUTES");
    if (minutes == null || minutes.isBlank()) return DEFAULT_IDLE;
    try {
      return Duration.ofMinutes(Math.max(1, Long.parseLong(minutes.strip())));
    } catch (NumberFormatException e) {
      return DEFAULT_IDLE;
    }
  }
}
