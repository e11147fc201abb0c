package org.offerfacts.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The short-lived side: hands an {@code extract} command line to the daemon of this build and
 * prints what it answers. Loads nothing but the JDK, since its whole point is a fast start.
 */
public final class DaemonClient {
  private static final List<String> OWN_FLAGS = List.of("--no-daemon", "-h", "--help", "-V", "--version");

  private static Optional<DaemonAddress> address;

  private DaemonClient() {}

  /** Whether a command line is one the daemon runs: {@code extract}, not asked to stay in-process. */
  public static boolean handsOver(String[] args, Map<String, String> env) {
    if (args.length < 2 || !args[0].equals("extract")) return false;
    if (Arrays.stream(args).anyMatch(OWN_FLAGS::contains)) return false;
    String setting = env.getOrDefault("OFFERFACTS_DAEMON", "").strip().toLowerCase(java.util.Locale.ROOT);
    return !List.of("off", "false", "0", "no").contains(setting);
  }

  /**
   * Runs the command line in the daemon when there is one for this build.
   *
   * @return its exit code, or empty when no daemon answered and this process must run it
   */
  public static OptionalInt run(String[] args) {
    if (!handsOver(args, System.getenv())) return OptionalInt.empty();
    return address()
        .map(address -> run(address.socket(), Path.of("").toAbsolutePath(), Arrays.asList(args).subList(1, args.length),
            settings(), System.out, System.err))
        .orElse(OptionalInt.empty());
  }

  /** After a run in this process: a daemon for the next ones, unless one is there or starting. */
  public static void startForNextRuns(String[] args) {
    if (!handsOver(args, System.getenv())) return;
    address().ifPresent(DaemonLauncher::startInBackground);
  }

  /** Found once per process: a cold run asks for it before and after its work. */
  private static Optional<DaemonAddress> address() {
    if (address == null) address = DaemonAddress.forThisBuild(System.getenv());
    return address;
  }

  static OptionalInt run(Path socket, Path workingDir, List<String> extractArgs, Map<String, String> settings,
      PrintStream out, PrintStream err) {
    SocketChannel channel;
    try {
      channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
    } catch (IOException | UnsupportedOperationException e) {
      return OptionalInt.empty(); // no daemon, or a socket left by one that died
    }
    boolean answered = false;
    try (channel) {
      DataOutputStream request = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
      request.writeInt(Wire.VERSION);
      request.writeByte(Wire.RUN);
      Wire.writeString(request, workingDir.toString());
      Wire.writeList(request, extractArgs);
      Wire.writeMap(request, settings);
      request.flush();
      DataInputStream answer = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
      while (true) {
        byte kind = answer.readByte();
        answered = true;
        if (kind == Wire.EXIT) return OptionalInt.of(answer.readInt());
        byte[] bytes = answer.readNBytes(answer.readInt());
        PrintStream to = kind == Wire.ERR ? err : out;
        to.write(bytes);
        to.flush();
      }
    } catch (EOFException e) {
      if (!answered) return OptionalInt.empty(); // it left before starting this run: run it here
      err.println("offerfacts: the extraction daemon stopped during the run; run again, or with --no-daemon");
      return OptionalInt.of(1);
    } catch (IOException e) {
      if (!answered) return OptionalInt.empty();
      err.println("offerfacts: lost the extraction daemon during the run (" + e.getMessage() + "); run again, or with --no-daemon");
      return OptionalInt.of(1);
    }
  }

  /** Only our own settings travel; the rest of the environment stays with the client. */
  private static Map<String, String> settings() {
    Map<String, String> mine = new TreeMap<>();
    System.getenv().forEach((k, v) -> {
      if (k.startsWith("OFFERFACTS_")) mine.put(k, v);
    });
    return mine;
  }

  /** Asks the daemon at {@code socket} to leave; false when none answered. */
  static boolean stop(Path socket) {
    return ask(socket, Wire.STOP);
  }

  /** Whether a daemon answers at {@code socket}. */
  static boolean ping(Path socket) {
    return ask(socket, Wire.PING);
  }

  private static boolean ask(Path socket, byte kind) {
    try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      DataOutputStream request = new DataOutputStream(Channels.newOutputStream(channel));
      request.writeInt(Wire.VERSION);
      request.writeByte(kind);
      request.flush();
      return new DataInputStream(Channels.newInputStream(channel)).readByte() == Wire.EXIT;
    } catch (IOException e) {
      return false;
    }
  }
}
