package org.offerfacts.crash;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Verifications and share-link creations sent back to back from a few threads, so that a kill
 * at any moment finds some of them under way. A refused request before the kill is recorded as
 * a failure; once the server is gone, the loops end on their connection errors.
 */
final class BackgroundWrites implements AutoCloseable {
  /** One kind of write: its request, how many are under way, how many were answered. */
  static final class Kind {
    final String name;
    final AtomicInteger underWay = new AtomicInteger();
    final AtomicInteger answered = new AtomicInteger();

    Kind(String name) {
      this.name = name;
    }
  }

  interface Write {
    ApiClient.Answer send(int n) throws IOException, InterruptedException;
  }

  final Kind verifications = new Kind("verification");
  final Kind shares = new Kind("share creation");
  final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final List<Thread> threads = new ArrayList<>();

  /** Two threads per kind: one alone would sometimes sit between two requests when the kill comes. */
  static BackgroundWrites start(ApiClient api, long offer) {
    BackgroundWrites writes = new BackgroundWrites();
    for (int t = 0; t < 2; t++) {
      writes.loop(writes.verifications, n -> api.postJson("/api/offers/" + offer + "/facts/ipv6/verify",
          Map.of("value", n % 2 == 0, "note", "checked on the line, try " + n)));
      writes.loop(writes.shares, n -> api.postJson("/api/shares", Map.of("offer", offer)));
    }
    return writes;
  }

  private void loop(Kind kind, Write write) {
    Thread thread = new Thread(() -> {
      for (int n = 0; !stopped.get(); n++) {
        kind.underWay.incrementAndGet();
        try {
          int status = write.send(n).status();
          if (status != 201 && !stopped.get()) failures.add(kind.name + " answered " + status);
          kind.answered.incrementAndGet();
        } catch (IOException | InterruptedException e) {
          return;
        } finally {
          kind.underWay.decrementAndGet();
        }
      }
    }, "crash-" + kind.name);
    thread.setDaemon(true);
    thread.start();
    threads.add(thread);
  }

  /** Waits until each kind has been answered at least once, so the kill meets a server at work. */
  void awaitUnderWay() {
    long giveUp = System.nanoTime() + 30_000_000_000L;
    while ((verifications.answered.get() == 0 || shares.answered.get() == 0) && System.nanoTime() < giveUp) {
      ServerProcess.sleep(10);
    }
  }

  @Override
  public void close() throws InterruptedException {
    stopped.set(true);
    for (Thread thread : threads) thread.join(30_000);
  }
}
