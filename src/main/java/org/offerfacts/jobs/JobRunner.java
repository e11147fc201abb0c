package org.offerfacts.jobs;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.offerfacts.store.Job;
import org.offerfacts.store.JobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs ingestion jobs in the background, one at a time: reading and extracting are CPU-bound,
 * and on a small server one document at full speed beats two at half speed each while the web
 * pages stay responsive on the other core. Jobs a stop interrupted are taken up again at start,
 * unless they have started {@value #MAX_ATTEMPTS} times already: a document that takes the whole
 * server down with it (not only the reader process, which fails its job by itself) would
 * otherwise be read again, and crash it again, at every start.
 */
public final class JobRunner implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
  /** Starts a job may have; an unfinished job that had them all is not run again. */
  public static final int MAX_ATTEMPTS = 3;
  public static final String GAVE_UP = "interrupted " + MAX_ATTEMPTS + " times while being read; the server may have"
      + " crashed on it — upload it again or report it";

  private final JobStore jobs;
  private final DocumentIntake intake;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "offerfacts-jobs");
    t.setDaemon(true);
    return t;
  });

  public JobRunner(JobStore jobs, DocumentIntake intake) {
    this.jobs = jobs;
    this.intake = intake;
  }

  /** Queues again what was queued or running when the app last stopped, or fails it if it had its attempts. */
  public void resume() {
    for (Job job : jobs.unfinished()) {
      if (job.attempts() >= MAX_ATTEMPTS) {
        log.warn("job {} ({}) not resumed: {}", job.id(), job.source(), GAVE_UP);
        jobs.failed(job.id(), GAVE_UP);
      } else {
        submit(job);
      }
    }
  }

  public void submit(Job job) {
    worker.execute(() -> {
      try {
        intake.run(job);
      } catch (RuntimeException e) {
        log.error("job {} ({}) failed", job.id(), job.source(), e);
      }
    });
  }

  /** Waits until every job submitted so far has finished (tests and the demo loader use it). */
  public void awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
    var marker = worker.submit(() -> {});
    try {
      marker.get(timeout, unit);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("jobs did not finish in time", e);
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
    try {
      worker.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
