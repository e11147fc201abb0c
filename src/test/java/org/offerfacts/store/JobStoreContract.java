package org.offerfacts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

abstract class JobStoreContract extends StoreContract {
  JobStore jobs;
  long offer;

  JobStoreContract(Database.Backend backend) {
    super(backend);
  }

  @Override
  protected void openStores() {
    jobs = new JobStore(db);
    offer = anOffer();
  }

  @Test
  void an_upload_is_queued_with_its_bytes_already_stored() {
    byte[] bytes = "%PDF-1.7 offre".getBytes(StandardCharsets.US_ASCII);

    Job job = jobs.queueUpload(offer, "offre.pdf", bytes, "application/pdf");

    assertThat(job.offerId()).isEqualTo(offer);
    assertThat(job.source()).isEqualTo("offre.pdf");
    assertThat(job.state()).isEqualTo(Job.State.QUEUED);
    assertThat(job.sha256()).isEqualTo(ContentStore.sha256(bytes));
    assertThat(job.url()).isNull();
    assertThat(job.done()).isZero();
    assertThat(job.total()).isZero();
    assertThat(job.finished()).isFalse();
    assertThat(job.createdAt()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(new ContentStore(db).bytes(job.sha256())).hasValue(bytes);
  }

  @Test
  void a_url_is_queued_without_bytes() {
    Job job = jobs.queueUrl(offer, "https://example.com/offre");

    assertThat(job.url()).isEqualTo("https://example.com/offre");
    assertThat(job.source()).isEqualTo("https://example.com/offre");
    assertThat(job.sha256()).isNull();
    assertThat(jobs.find(job.id())).hasValue(job);
  }

  @Test
  void unfinished_jobs_are_the_queued_and_running_ones_oldest_first() {
    long queued = jobs.queueUrl(offer, "https://example.com/1").id();
    long running = jobs.queueUrl(offer, "https://example.com/2").id();
    long done = jobs.queueUrl(offer, "https://example.com/3").id();
    long failed = jobs.queueUrl(offer, "https://example.com/4").id();
    long queuedLater = jobs.queueUrl(offer, "https://example.com/5").id();

    jobs.running(running);
    jobs.done(done, documentOf(offer));
    jobs.failed(failed, "no text");

    assertThat(jobs.unfinished()).extracting(Job::id).containsExactly(queued, running, queuedLater);
    assertThat(jobs.find(running).orElseThrow().state()).isEqualTo(Job.State.RUNNING);
  }

  @Test
  void every_start_of_a_job_is_counted_as_an_attempt() {
    long id = jobs.queueUrl(offer, "https://example.com/offre").id();
    assertThat(jobs.find(id).orElseThrow().attempts()).isZero();

    jobs.running(id);
    jobs.running(id);
    jobs.running(id);

    Job interrupted = jobs.unfinished().get(0);
    assertThat(interrupted.id()).isEqualTo(id);
    assertThat(interrupted.attempts()).isEqualTo(3);
    assertThat(interrupted.state()).isEqualTo(Job.State.RUNNING);
  }

  @Test
  void attempts_are_counted_per_job() {
    long first = jobs.queueUrl(offer, "https://example.com/1").id();
    long second = jobs.queueUrl(offer, "https://example.com/2").id();

    jobs.running(first);
    jobs.running(first);
    jobs.running(second);

    assertThat(jobs.find(first).orElseThrow().attempts()).isEqualTo(2);
    assertThat(jobs.find(second).orElseThrow().attempts()).isEqualTo(1);
  }

  @Test
  void progress_is_counted_in_pages_and_a_done_job_has_done_them_all() {
    long id = jobs.queueUrl(offer, "https://example.com/offre").id();
    jobs.running(id);
    jobs.progress(id, 3, 12);

    Job midway = jobs.find(id).orElseThrow();
    assertThat(midway.done()).isEqualTo(3);
    assertThat(midway.total()).isEqualTo(12);

    long document = documentOf(offer);
    jobs.done(id, document);

    Job done = jobs.find(id).orElseThrow();
    assertThat(done.state()).isEqualTo(Job.State.DONE);
    assertThat(done.finished()).isTrue();
    assertThat(done.done()).isEqualTo(12);
    assertThat(done.documentId()).isEqualTo(document);
    assertThat(done.error()).isNull();
    assertThat(done.finishedAt()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
  }

  @Test
  void a_failed_job_keeps_its_error_and_is_finished() {
    long id = jobs.queueUpload(offer, "scan.pdf", new byte[] {1, 2}, "application/pdf").id();

    jobs.failed(id, "the PDF has no text layer — « scan »");

    Job failed = jobs.find(id).orElseThrow();
    assertThat(failed.state()).isEqualTo(Job.State.FAILED);
    assertThat(failed.finished()).isTrue();
    assertThat(failed.error()).isEqualTo("the PDF has no text layer — « scan »");
    assertThat(failed.documentId()).isNull();
    assertThat(failed.finishedAt()).isNotNull();
  }

  @Test
  void an_offer_s_jobs_are_listed_newest_first() {
    long other = new OfferStore(db).create(NewOffer.of("Azur", "4G")).id();
    long first = jobs.queueUrl(offer, "https://example.com/1").id();
    jobs.queueUrl(other, "https://example.com/2");
    long second = jobs.queueUrl(offer, "https://example.com/3").id();

    assertThat(jobs.ofOffer(offer)).extracting(Job::id).containsExactly(second, first);
  }

  private long documentOf(long offerId) {
    String sha = new ContentStore(db).put(("doc of " + offerId).getBytes(StandardCharsets.UTF_8), "text/plain");
    return new DocumentStore(db, SearchIndex.NONE).add(new NewDocument(offerId, sha, "doc.txt", null, null,
        java.util.List.of(new org.offerfacts.ingest.Page(1, "text")), java.util.List.of(), null)).id();
  }
}
