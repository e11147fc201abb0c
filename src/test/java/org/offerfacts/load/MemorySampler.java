package org.offerfacts.load;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.offerfacts.crash.ServerProcess;

/** The server's and its reader's resident memory, read from /proc four times a second; the peaks are kept. */
final class MemorySampler {
  private final AtomicLong server = new AtomicLong();
  private final AtomicLong reader = new AtomicLong();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private Thread thread;

  static MemorySampler start(ServerProcess process) {
    MemorySampler sampler = new MemorySampler();
    sampler.thread = new Thread(() -> {
      while (!sampler.stopped.get()) {
        sampler.server.accumulateAndGet(process.residentKib(), Math::max);
        sampler.reader.accumulateAndGet(process.childrenResidentKib(), Math::max);
        try {
          Thread.sleep(250);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "memory-sampler");
    sampler.thread.setDaemon(true);
    sampler.thread.start();
    return sampler;
  }

  void stop() throws InterruptedException {
    stopped.set(true);
    thread.join();
  }

  long peakServerKib() {
    return server.get();
  }

  long peakReaderKib() {
    return reader.get();
  }
}
