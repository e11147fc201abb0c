package org.offerfacts.jobs;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.offerfacts.fetch.FetchException;
import org.offerfacts.fetch.FetchedResource;
import org.offerfacts.fetch.UrlFetcher;
import org.offerfacts.extract.Fact;
import org.offerfacts.ingest.DocumentSource;
import org.offerfacts.ingest.IngestException;
import org.offerfacts.store.ContentStore;
import org.offerfacts.store.DocumentStore;
import org.offerfacts.store.Job;
import org.offerfacts.store.JobStore;
import org.offerfacts.store.NewDocument;
import org.offerfacts.store.NewFact;
import org.offerfacts.verify.FactRecorder;

/**
 * One job, start to end: the bytes (uploaded, or fetched now), their text, their facts, and all
 * of it stored. Progress is written as it goes so that the page can show it.
 */
public final class DocumentIntake {
  private final DocumentReading reader;
  private final ContentStore contents;
  private final DocumentStore documents;
  private final FactRecorder facts;
  private final JobStore jobs;
  private final UrlFetcher fetcher;

  /** @param fetcher fetches URLs safely; null turns URL jobs into clear failures */
  public DocumentIntake(DocumentReading reader, UrlFetcher fetcher, ContentStore contents, DocumentStore documents,
      FactRecorder facts, JobStore jobs) {
    this.reader = reader;
    this.fetcher = fetcher;
    this.contents = contents;
    this.documents = documents;
    this.facts = facts;
    this.jobs = jobs;
  }

  /** Runs the job; a document that cannot be read fails the job with the reader's message. */
  public void run(Job job) {
    jobs.running(job.id());
    try {
      if (job.url() != null) fromUrl(job);
      else fromUpload(job);
    } catch (IngestException e) {
      jobs.failed(job.id(), e.getMessage());
    } catch (RuntimeException e) {
      jobs.failed(job.id(), "internal error while reading the document: " + e.getClass().getSimpleName());
      throw e;
    }
  }

  private void fromUpload(Job job) throws IngestException {
    byte[] bytes = contents.bytes(job.sha256())
        .orElseThrow(() -> new IngestException(IngestException.Reason.UNREACHABLE, "the uploaded file is missing"));
    var known = documents.findByContent(job.offerId(), job.sha256());
    if (known.isPresent()) {
      jobs.done(job.id(), known.get().id());
      return;
    }
    Reading read = reader.read(new DocumentSource(job.source(), job.source(), null, bytes), progressOf(job));
    store(job, read, job.sha256(), null);
  }

  /** The fetched bytes are kept as they came, so the original can be downloaded later. */
  private void fromUrl(Job job) throws IngestException {
    if (fetcher == null) throw new IngestException(IngestException.Reason.UNREACHABLE, "URL fetching is turned off");
    String fetchedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    FetchedResource fetched;
    try {
      fetched = fetcher.fetch(job.url());
    } catch (FetchException e) {
      IngestException.Reason reason = e.reason() == FetchException.Reason.TOO_LARGE
          ? IngestException.Reason.TOO_LARGE : IngestException.Reason.UNREACHABLE;
      throw new IngestException(reason, e.getMessage(), e);
    }
    String sha = contents.put(fetched.body(), fetched.contentType());
    var known = documents.findByContent(job.offerId(), sha);
    if (known.isPresent()) {
      jobs.done(job.id(), known.get().id());
      return;
    }
    String name = fetched.finalUri() == null ? job.url() : fetched.finalUri().getPath();
    Reading read = reader.read(new DocumentSource(job.url(), name, fetched.contentType(), fetched.body()), progressOf(job));
    store(job, read, sha, fetchedAt);
  }

  /** Progress goes to the job's row, where the offer page and GET /api/jobs/{id} read it. */
  private DocumentReading.Progress progressOf(Job job) {
    return (done, total) -> jobs.progress(job.id(), done, total);
  }

  /**
   * The document, its pages, its facts, its attachments and the job's end in one transaction: a
   * server killed half-way leaves the job unfinished, to be read again at start, and never a
   * document without its facts.
   */
  private void store(Job job, Reading read, String sha, String fetchedAt) {
    int pages = read.pages().size();
    jobs.progress(job.id(), pages, pages);
    documents.add(newDocument(job.offerId(), job.source(), read, sha, fetchedAt), (tx, documentId) -> {
      recordFacts(tx, job.offerId(), documentId, read);
      for (Reading attachment : read.attachments()) storeAttachment(tx, job.offerId(), job.source(), attachment, fetchedAt);
      JobStore.done(tx, job.id(), documentId);
      return documentId;
    });
  }

  private static NewDocument newDocument(long offerId, String source, Reading read, String sha, String fetchedAt) {
    return new NewDocument(offerId, sha, source, read.title(), read.language(), read.pages(), read.warnings(), fetchedAt);
  }

  private void recordFacts(DSLContext tx, long offerId, long documentId, Reading read) {
    List<NewFact> toAppend = new ArrayList<>();
    for (Fact fact : read.facts()) toAppend.add(NewFact.extracted(offerId, documentId, fact));
    facts.recordAll(tx, offerId, toAppend);
  }

  /**
   * An e-mail's attachments are documents of their own, with their own facts and pages. The
   * e-mail itself is the original kept for download; the attachment's stored bytes are its text.
   */
  private void storeAttachment(DSLContext tx, long offerId, String parentSource, Reading attachment, String fetchedAt) {
    StringBuilder text = new StringBuilder();
    attachment.pages().forEach(p -> text.append(p.text()).append('\f'));
    String name = attachment.title() == null ? "attachment" : attachment.title();
    String sha = ContentStore.put(tx, (parentSource + "#" + name + "\n" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "text/plain; charset=utf-8");
    String source = parentSource + " → " + name;
    recordFacts(tx, offerId, documents.add(tx, newDocument(offerId, source, attachment, sha, fetchedAt)), attachment);
    for (Reading inner : attachment.attachments()) storeAttachment(tx, offerId, source, inner, fetchedAt);
  }
}
