package org.offerfacts.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.ingest.PdfFixtures;

/**
 * The command line as users run it, in processes of its own: the first {@code extract} reads
 * in-process and leaves a daemon behind, the next one is answered by it with the same output.
 */
class DaemonFromTheCommandLineTest {
  @TempDir Path dir;
  private Path socket;

  @AfterEach
  void stopDaemon() {
    if (socket != null) DaemonControl.stop(socket);
  }

  @Test
  void the_first_run_starts_a_daemon_and_the_second_is_answered_by_it() throws Exception {
    Path runtime = Files.createDirectories(dir.resolve("runtime"));
    Map<String, String> env = Map.of("XDG_RUNTIME_DIR", runtime.toString());
    socket = DaemonControl.socketFor(env).orElseThrow();
    Files.write(dir.resolve("offer.pdf"), PdfFixtures.pages(List.of(List.of("Le port 25 sortant est bloqué par défaut."))));

    String first = extract(env, "first.json");
    assertThat(DaemonControl.awaitReady(socket, Duration.ofMinutes(2))).as("a daemon answers after the first run").isTrue();
    assertThat(Files.getPosixFilePermissions(socket.getParent())).hasSize(3); // rwx for its owner only
    String second = extract(env, "second.json");

    assertThat(second).isEqualTo(first).contains("smtp_port25_outbound_blocked");
    Path log = socket.resolveSibling(socket.getFileName() + ".log");
    assertThat(Files.readString(log)).as("the daemon ran the second one").contains("ran extract");
  }

  @Test
  void no_daemon_is_left_behind_when_asked_to_stay_in_process() throws Exception {
    Path runtime = Files.createDirectories(dir.resolve("runtime"));
    Map<String, String> env = Map.of("XDG_RUNTIME_DIR", runtime.toString(), "OFFERFACTS_DAEMON", "off");
    Files.write(dir.resolve("offer.pdf"), PdfFixtures.pages(List.of(List.of("IPv6 natif inclus."))));

    extract(env, "out.json");

    Path folder = runtime.resolve("offerfacts");
    assertThat(!Files.exists(folder) || Files.list(folder).noneMatch(p -> p.toString().endsWith(".log"))).isTrue();
  }

  private String extract(Map<String, String> env, String output) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.offerfacts.Main", "extract", "--json", "offer.pdf")
        .directory(dir.toFile()).redirectOutput(dir.resolve(output).toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().putAll(env);
    Process process = builder.start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).isZero();
    return Files.readString(dir.resolve(output));
  }
}
