package org.offerfacts.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.extract.Extractor;
import org.offerfacts.extract.Invocation;
import org.offerfacts.ingest.PdfFixtures;

/** A real daemon on a real Unix socket, in this JVM, and the client talking to it. */
class ExtractDaemonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static Extractor extractor;
  static Path socket;
  static ExtractDaemon daemon;
  static Thread serving;

  @BeforeAll
  static void start() throws Exception {
    extractor = new Extractor(Catalog.bundled());
    socket = dir.resolve("d.sock");
    daemon = new ExtractDaemon(socket, Duration.ofMinutes(5), extractor);
    serving = serving(daemon);
    assertThat(DaemonControl.awaitReady(socket, Duration.ofSeconds(20))).isTrue();
    Files.write(dir.resolve("offer.pdf"), PdfFixtures.pages(List.of(
        List.of("Conditions particulières"),
        List.of("Le port 25 sortant est bloqué par défaut.", "Engagement de 12 mois."))));
  }

  @AfterAll
  static void stop() throws Exception {
    DaemonControl.stop(socket);
    serving.join(10_000);
  }

  @Test
  void a_relative_path_is_read_from_the_clients_folder_and_gives_what_the_process_itself_gives() throws Exception {
    Answer viaDaemon = Answer.of(List.of("--json", "offer.pdf"), Map.of());
    StringWriter here = new StringWriter();
    int hereCode = ExtractDaemon.run(new Invocation(dir, Map.of(), catalog -> extractor), List.of("--json", "offer.pdf"),
        new PrintWriter(here), new PrintWriter(new StringWriter()));

    assertThat(viaDaemon.code()).isZero().isEqualTo(hereCode);
    assertThat(viaDaemon.out()).isEqualTo(here.toString());
    JsonNode doc = JSON.readTree(viaDaemon.out()).get("documents").get(0);
    assertThat(doc.get("source").asText()).isEqualTo("offer.pdf");
    assertThat(doc.get("facts").toString()).contains("smtp_port25_outbound_blocked");
  }

  @Test
  void a_missing_file_fails_alone_with_its_message_on_standard_error_and_exit_code_2() throws Exception {
    Answer answer = Answer.of(List.of("--json", "offer.pdf", "nowhere.pdf"), Map.of());

    assertThat(answer.code()).isEqualTo(2);
    assertThat(answer.err()).contains("nowhere.pdf");
    assertThat(JSON.readTree(answer.out()).get("documents")).hasSize(2);
  }

  @Test
  void the_clients_settings_travel_with_the_run() throws Exception {
    Path broken = Files.createDirectories(dir.resolve("catalog"));

    Answer answer = Answer.of(List.of("--json", "offer.pdf"), Map.of("OFFERFACTS_CATALOG", "catalog"));

    assertThat(answer.code()).isNotZero();
    assertThat(answer.err()).as("read from the client's folder").contains(dir.resolve("catalog").resolve("catalog.yaml").toString());
  }

  @Test
  void a_stranger_on_the_socket_gets_nothing_and_the_daemon_goes_on() throws Exception {
    try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      // One write, into the socket's buffer before the daemon reads and hangs up.
      channel.write(java.nio.ByteBuffer.wrap("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
      assertThat(Channels.newInputStream(channel).read()).isEqualTo(-1);
    }
    assertThat(Answer.of(List.of("--json", "offer.pdf"), Map.of()).code()).isZero();
  }

  @Test
  void only_its_user_may_open_the_socket() throws Exception {
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rw-------");
  }

  @Test
  void a_daemon_folder_that_others_may_open_is_not_used() throws Exception {
    Path runtime = Files.createDirectories(dir.resolve("shared-runtime"));
    Files.createDirectories(runtime.resolve("offerfacts"));
    Files.setPosixFilePermissions(runtime.resolve("offerfacts"), PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThat(DaemonControl.socketFor(Map.of("XDG_RUNTIME_DIR", runtime.toString()))).isEmpty();

    Files.setPosixFilePermissions(runtime.resolve("offerfacts"), PosixFilePermissions.fromString("rwx------"));
    assertThat(DaemonControl.socketFor(Map.of("XDG_RUNTIME_DIR", runtime.toString()))).isPresent();
  }

  @Test
  void without_a_daemon_the_client_says_so_and_the_process_reads_itself() throws Exception {
    Path stale = Files.writeString(dir.resolve("stale.sock"), "");
    assertThat(DaemonClient.run(dir.resolve("none.sock"), dir, List.of("offer.pdf"), Map.of(), System.out, System.err)).isEmpty();
    assertThat(DaemonClient.run(stale, dir, List.of("offer.pdf"), Map.of(), System.out, System.err)).isEmpty();
  }

  @Test
  void an_idle_daemon_leaves_and_removes_its_socket() throws Exception {
    Path idleSocket = dir.resolve("idle.sock");
    ExtractDaemon idle = new ExtractDaemon(idleSocket, Duration.ofMillis(1500), extractor);
    Thread thread = serving(idle);
    assertThat(DaemonControl.awaitReady(idleSocket, Duration.ofSeconds(20))).isTrue();
    thread.join(15_000);
    assertThat(thread.isAlive()).isFalse();
    assertThat(idleSocket).doesNotExist();
  }

  @Test
  void extract_is_handed_over_unless_asked_to_stay_in_process() {
    assertThat(DaemonClient.handsOver(new String[] {"extract", "--json", "a.pdf"}, Map.of())).isTrue();
    assertThat(DaemonClient.handsOver(new String[] {"extract", "--no-daemon", "a.pdf"}, Map.of())).isFalse();
    assertThat(DaemonClient.handsOver(new String[] {"extract", "a.pdf"}, Map.of("OFFERFACTS_DAEMON", "off"))).isFalse();
    assertThat(DaemonClient.handsOver(new String[] {"extract", "--help"}, Map.of())).isFalse();
    assertThat(DaemonClient.handsOver(new String[] {"serve"}, Map.of())).isFalse();
    assertThat(DaemonClient.handsOver(new String[] {"evaluate", "corpus"}, Map.of())).isFalse();
  }

  private static Thread serving(ExtractDaemon daemon) {
    Thread thread = new Thread(() -> {
      try {
        daemon.serve();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    thread.start();
    return thread;
  }

  private record Answer(int code, String out, String err) {
    static Answer of(List<String> args, Map<String, String> settings) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      OptionalInt code = DaemonClient.run(socket, dir, args, settings, new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(code).as("the daemon answered").isPresent();
      return new Answer(code.getAsInt(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }
}
