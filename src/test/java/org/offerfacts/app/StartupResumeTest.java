package org.offerfacts.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.store.Job;
import org.offerfacts.store.NewOffer;

/**
 * What a start does with the jobs a crash left running, on a real SQLite file opened twice: the
 * first app stands for the servers that died while reading, the second for the next start.
 */
class StartupResumeTest {

  @Test
  void a_job_interrupted_three_times_is_failed_with_its_reason_and_the_others_are_read_again(@TempDir Path dir)
      throws InterruptedException {
    AppConfig config = AppConfig.forData(dir);
    long crashedThrice;
    long crashedTwice;
    long neverStarted;
    try (App died = App.open(config)) {
      long offer = died.offers.create(NewOffer.of("Fibreval", "Fibre Pro")).id();
      crashedThrice = upload(died, offer, "crashes-the-server.txt", "Prix : 29,99 € par mois");
      crashedTwice = upload(died, offer, "interrupted.txt", "Débit descendant : 1 Gbit/s");
      neverStarted = upload(died, offer, "queued.txt", "Engagement : 12 mois");
      for (int start = 0; start < 3; start++) died.jobs.running(crashedThrice);
      for (int start = 0; start < 2; start++) died.jobs.running(crashedTwice);
    }

    try (App next = App.open(config)) {
      Startup.prepare(next);
      next.runner.awaitIdle(2, TimeUnit.MINUTES);

      Job gaveUp = next.jobs.find(crashedThrice).orElseThrow();
      assertThat(gaveUp.state()).isEqualTo(Job.State.FAILED);
      assertThat(gaveUp.error()).isEqualTo("interrupted 3 times while being read; the server may have crashed on it"
          + " — upload it again or report it");
      assertThat(gaveUp.attempts()).isEqualTo(3);
      assertThat(gaveUp.documentId()).isNull();

      Job third = next.jobs.find(crashedTwice).orElseThrow();
      assertThat(third.state()).isEqualTo(Job.State.DONE);
      assertThat(third.attempts()).isEqualTo(3);

      Job first = next.jobs.find(neverStarted).orElseThrow();
      assertThat(first.state()).isEqualTo(Job.State.DONE);
      assertThat(first.attempts()).isEqualTo(1);
    }
  }

  private static long upload(App app, long offer, String name, String text) {
    return app.jobs.queueUpload(offer, name, text.getBytes(StandardCharsets.UTF_8), "text/plain").id();
  }
}
