package org.offerfacts.store;

import static org.offerfacts.store.schema.Tables.JOB;

import java.util.List;
import java.util.Optional;
import org.jooq.Record;

/** The queue of ingestion jobs and their progress. */
public final class JobStore {
  private final Database db;

  public JobStore(Database db) {
    this.db = db;
  }

  /** Queues the ingestion of bytes: they are stored first, so the job can always be run again. */
  public Job queueUpload(long offerId, String fileName, byte[] bytes, String mediaType) {
    long id = db.write(tx -> {
      String sha = ContentStore.put(tx, bytes, mediaType);
      return insert(tx, offerId, fileName, sha, null);
    });
    return find(id).orElseThrow();
  }

  public Job queueUrl(long offerId, String url) {
    long id = db.write(tx -> insert(tx, offerId, url, null, url));
    return find(id).orElseThrow();
  }

  private static long insert(org.jooq.DSLContext tx, long offerId, String source, String sha, String url) {
    return tx.insertInto(JOB)
        .set(JOB.OFFER_ID, offerId)
        .set(JOB.SOURCE, StoredText.clean(source))
        .set(JOB.SHA256, sha)
        .set(JOB.URL, StoredText.clean(url))
        .set(JOB.STATE, Job.State.QUEUED.id())
        .set(JOB.DONE, 0)
        .set(JOB.TOTAL, 0)
        .set(JOB.CREATED_AT, Clock.now())
        .returning(JOB.ID)
        .fetchOne(JOB.ID);
  }

  public Optional<Job> find(long id) {
    return db.read().selectFrom(JOB).where(JOB.ID.eq(id)).fetchOptional(JobStore::toJob);
  }

  /** Jobs not finished, oldest first: what to run, including what a stop interrupted. */
  public List<Job> unfinished() {
    return db.read().selectFrom(JOB)
        .where(JOB.STATE.in(Job.State.QUEUED.id(), Job.State.RUNNING.id()))
        .orderBy(JOB.ID).fetch(JobStore::toJob);
  }

  public List<Job> ofOffer(long offerId) {
    return db.read().selectFrom(JOB).where(JOB.OFFER_ID.eq(offerId)).orderBy(JOB.ID.desc()).fetch(JobStore::toJob);
  }

  /** Counts the attempt as it starts, so a job that never ends because it takes the server down is noticed. */
  public void running(long id) {
    db.writeVoid(tx -> tx.update(JOB)
        .set(JOB.STATE, Job.State.RUNNING.id())
        .set(JOB.ATTEMPTS, JOB.ATTEMPTS.plus(1))
        .where(JOB.ID.eq(id)).execute());
  }

  public void progress(long id, int done, int total) {
    db.writeVoid(tx -> tx.update(JOB).set(JOB.DONE, done).set(JOB.TOTAL, total).where(JOB.ID.eq(id)).execute());
  }

  public void done(long id, long documentId) {
    db.writeVoid(tx -> done(tx, id, documentId));
  }

  /** Within the transaction that stores the job's document, so a crash cannot leave one without the other. */
  public static void done(org.jooq.DSLContext tx, long id, long documentId) {
    tx.update(JOB)
        .set(JOB.STATE, Job.State.DONE.id())
        .set(JOB.DOCUMENT_ID, documentId)
        .set(JOB.DONE, JOB.TOTAL)
        .set(JOB.FINISHED_AT, Clock.now())
        .where(JOB.ID.eq(id)).execute();
  }

  public void failed(long id, String error) {
    db.writeVoid(tx -> tx.update(JOB)
        .set(JOB.STATE, Job.State.FAILED.id())
        .set(JOB.ERROR, StoredText.clean(error))
        .set(JOB.FINISHED_AT, Clock.now())
        .where(JOB.ID.eq(id)).execute());
  }

  private static Job toJob(Record r) {
    return new Job(r.get(JOB.ID), r.get(JOB.OFFER_ID), r.get(JOB.SOURCE), r.get(JOB.SHA256), r.get(JOB.URL),
        Job.State.of(r.get(JOB.STATE)), r.get(JOB.DONE), r.get(JOB.TOTAL), r.get(JOB.ERROR), r.get(JOB.DOCUMENT_ID),
        r.get(JOB.CREATED_AT), r.get(JOB.FINISHED_AT), r.get(JOB.ATTEMPTS));
  }
}
