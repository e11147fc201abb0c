package org.offerfacts.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the real server, twenty times, each time while an upload is under way (at a
 * moment drawn from {@link UploadKill}) and while verifications and share links are being made.
 * After each kill the data folder must be whole; after each restart the interrupted jobs must
 * end, and nothing the killed process left in its temporary folder or process table may remain.
 * The rounds share one data folder, so what each kill leaves is what the next start finds.
 */
class KillDuringWritesIT {
  static final int ROUNDS = Integer.getInteger("offerfacts.crash.rounds", 20);
  /** Fixed (the number), so a failing round can be run again as it was. */
  static final long SEED = 6;
  /** Small heap, and the quick compiler: the rounds spend most of their time starting JVMs. */
  static final List<String> JVM = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

  @TempDir Path dir;
  Path data;
  Path tmp;
  Path log;

  /** What one round did: the moment of the upload it killed, and whether the other writes were under way. */
  record Round(UploadKill moment, boolean verificationUnderWay, boolean shareUnderWay) {}

  @Test
  void kills_during_uploads_verifications_and_share_creations_leave_nothing_half_written() throws Exception {
    data = dir.resolve("data");
    tmp = dir.resolve("tmp");
    log = dir.resolve("server.log");
    String token = AdminToken.create(data);
    Random random = new Random(SEED);
    long started = System.nanoTime();
    List<Round> rounds = new ArrayList<>();
    for (int n = 1; n <= ROUNDS; n++) {
      Round round = killOnce(n, token, random);
      rounds.add(round);
      assertThat(DataDirCheck.problems(data)).as("data folder after kill %d (%s)\n%s", n, round.moment(), Proc.tail(log))
          .isEmpty();
    }
    try (ServerProcess last = ServerProcess.start(data, tmp, log, JVM)) {
      assertInterruptedJobsEnded(ROUNDS + 1);
    }
    assertThat(DataDirCheck.problems(data)).as("data folder after a clean stop").isEmpty();

    Map<UploadKill, Long> moments = new EnumMap<>(UploadKill.class);
    rounds.forEach(r -> moments.merge(r.moment(), 1L, Long::sum));
    long verifications = rounds.stream().filter(Round::verificationUnderWay).count();
    long shares = rounds.stream().filter(Round::shareUnderWay).count();
    System.out.printf("kill -9 rounds: %d in %d s; upload moments %s; verifications under way at %d kills, share creations at %d%n",
        ROUNDS, (System.nanoTime() - started) / 1_000_000_000L, moments, verifications, shares);
    assertThat(verifications).as("kills that met a verification under way").isEqualTo(ROUNDS);
    assertThat(shares).as("kills that met a share creation under way").isEqualTo(ROUNDS);
  }

  /**
   * Starts the server on what the last kill left, checks that it took up the interrupted jobs
   * and swept the dead server's reading folder, then kills it in the middle of writes.
   */
  private Round killOnce(int n, String token, Random random) throws Exception {
    // Closed (stopped) only when an assertion fails before the kill: no server outlives the test.
    try (ServerProcess server = ServerProcess.start(data, tmp, log, JVM)) {
      ApiClient api = new ApiClient(server.base, token);
      long offer = offer(api);
      assertInterruptedJobsEnded(n);
      assertThat(readingFolders()).as("reading folders after restart %d (one is the live server's)", n).hasSize(1);

      UploadKill moment = UploadKill.values()[random.nextInt(UploadKill.values().length)];
      List<ProcessHandle> children = new ArrayList<>();
      boolean[] underWay = new boolean[2];
      try (BackgroundWrites writes = BackgroundWrites.start(api, offer)) {
        writes.awaitUnderWay();
        moment.uploadAndKill(api, offer, OfferPdfs.distinct("crash-" + n, 15), "round-" + n + ".pdf", random, () -> {
          underWay[0] = writes.verifications.underWay.get() > 0;
          underWay[1] = writes.shares.underWay.get() > 0;
          children.addAll(server.kill());
        });
        assertThat(writes.failures).as("answers before the kill in round %d", n).isEmpty();
      }
      assertGone(children, n);
      return new Round(moment, underWay[0], underWay[1]);
    }
  }

  /** The one offer the rounds write to, made by the first. */
  private static long offer(ApiClient api) throws Exception {
    var offers = api.get("/api/offers").json().path("offers");
    if (offers.size() > 0) return offers.get(0).get("id").asLong();
    return api.postJson("/api/offers", Map.of("supplier", "Fibreval", "name", "Fibre Pro")).json().get("id").asLong();
  }

  /** Every job, acknowledged or not, is taken up again at start and ends done: the PDFs are all readable. */
  private void assertInterruptedJobsEnded(int round) throws Exception {
    long giveUp = System.nanoTime() + 120_000_000_000L;
    List<String> unfinished = DataDirCheck.query(data, "SELECT id || ' ' || state FROM job WHERE state <> 'done'");
    while (!unfinished.isEmpty() && unfinished.stream().noneMatch(j -> j.endsWith("failed")) && System.nanoTime() < giveUp) {
      ServerProcess.sleep(100);
      unfinished = DataDirCheck.query(data, "SELECT id || ' ' || state FROM job WHERE state <> 'done'");
    }
    assertThat(unfinished).as("jobs not done after restart %d\n%s", round, Proc.tail(log)).isEmpty();
  }

  /** The reader process learns of its server's death from its closed input and must end. */
  private static void assertGone(List<ProcessHandle> children, int round) throws Exception {
    for (ProcessHandle child : children) {
      try {
        child.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        // Still alive: the assertion below says which process.
      }
      assertThat(child.isAlive()).as("process %d started by the server killed in round %d", child.pid(), round).isFalse();
    }
  }

  private List<Path> readingFolders() throws IOException {
    try (Stream<Path> entries = Files.list(tmp)) {
      return entries.filter(p -> p.getFileName().toString().startsWith("offerfacts-reading")).toList();
    }
  }
}
