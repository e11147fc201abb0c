package org.offerfacts.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.crash.AdminToken;
import org.offerfacts.crash.ApiClient;
import org.offerfacts.crash.DataDirCheck;
import org.offerfacts.crash.ServerProcess;

/**
 * Twenty clients against the real server on loopback, uploading distinct PDFs and reading the
 * comparison, searches and offer pages while they poll their jobs. No answer may be an error,
 * every accepted upload must end as a document with its pages, and the server's memory must stay
 * bounded. {@code -Dofferfacts.load.seconds=10} for a shorter run than CI's minute.
 */
class TwentyClientsIT {
  static final int CLIENTS = 20;
  static final int SECONDS = Integer.getInteger("offerfacts.load.seconds", 60);
  static final int HEAP_MIB = 256;
  /**
   * The heap, plus as much again for what a JVM keeps outside it (classes, compiled code, threads'
   * stacks, buffers): about 300 MiB measured; a leak of native memory or threads would pass it.
   */
  static final int MAX_RSS_MIB = 2 * HEAP_MIB;

  @TempDir Path dir;

  @Test
  void twenty_clients_uploading_and_reading_get_no_error_lose_no_upload_and_stay_in_bounded_memory() throws Exception {
    Path data = dir.resolve("data");
    String token = AdminToken.create(data);
    Tally tally = new Tally(LoadClient.KINDS);
    Set<Long> accepted = ConcurrentHashMap.newKeySet();
    MemorySampler memory;
    try (ServerProcess server = ServerProcess.start(data, dir.resolve("tmp"), dir.resolve("server.log"), List.of("-Xmx" + HEAP_MIB + "m"))) {
      List<Long> offers = offers(new ApiClient(server.base, token));
      memory = MemorySampler.start(server);
      long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
      List<Thread> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        clients.add(start(new LoadClient(c, new ApiClient(server.base, token), offers, deadline, tally, accepted)));
      }
      for (Thread client : clients) client.join(SECONDS * 1000L + 60_000);
      awaitJobs(data);
      memory.stop();
    }
    System.out.printf("%d clients for %d s: %d requests, %d errors; uploads accepted %d, done %d; peak RSS server %d MiB "
        + "(heap %d MiB), reader %d MiB%n%s", CLIENTS, SECONDS, tally.total(), tally.errors.size(), accepted.size(),
        done(data).size(), memory.peakServerKib() / 1024, HEAP_MIB, memory.peakReaderKib() / 1024, tally.table());

    assertThat(tally.errors).as("answers that were errors").isEmpty();
    assertThat(accepted).as("uploads accepted").hasSizeGreaterThanOrEqualTo(CLIENTS);
    assertThat(done(data)).as("jobs done with their document").containsExactlyInAnyOrderElementsOf(accepted);
    assertThat(DataDirCheck.problems(data)).isEmpty();
    assertThat(memory.peakServerKib() / 1024).as("peak resident memory of the server, MiB").isLessThan(MAX_RSS_MIB);
  }

  private static Thread start(Runnable client) {
    Thread thread = new Thread(client, "load-client");
    thread.start();
    return thread;
  }

  private static List<Long> offers(ApiClient api) throws Exception {
    List<Long> ids = new ArrayList<>();
    for (String name : List.of("Fibre Pro", "Fibre Max", "Bureau", "Entreprise", "Secours 4G")) {
      ids.add(api.postJson("/api/offers", Map.of("supplier", "Fibreval", "name", name)).json().get("id").asLong());
    }
    return ids;
  }

  /** Jobs still queued when the clients stop are read before the count. */
  private static void awaitJobs(Path data) throws Exception {
    long giveUp = System.nanoTime() + 180_000_000_000L;
    while (!DataDirCheck.query(data, "SELECT id FROM job WHERE state IN ('queued', 'running')").isEmpty()) {
      if (System.nanoTime() > giveUp) throw new AssertionError("jobs still unfinished 3 minutes after the load");
      Thread.sleep(200);
    }
  }

  /** The jobs that ended done with a stored document (whose pages DataDirCheck counts). */
  private static Set<Long> done(Path data) throws Exception {
    Set<Long> ids = new HashSet<>();
    for (String id : DataDirCheck.query(data,
        "SELECT j.id FROM job j JOIN document d ON d.id = j.document_id WHERE j.state = 'done'")) {
      ids.add(Long.parseLong(id));
    }
    return ids;
  }
}
