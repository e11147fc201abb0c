package org.offerfacts.app;

import org.offerfacts.accounts.Accounts;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.extract.Extractor;
import org.offerfacts.fetch.FetchPolicy;
import org.offerfacts.fetch.SafeHttpFetcher;
import org.offerfacts.ingest.IngestLimits;
import org.offerfacts.ingest.Ingestor;
import org.offerfacts.jobs.DocumentIntake;
import org.offerfacts.jobs.DocumentReading;
import org.offerfacts.jobs.InProcessReading;
import org.offerfacts.jobs.IsolatedReading;
import org.offerfacts.jobs.JobRunner;
import org.offerfacts.search.PageIndex;
import org.offerfacts.search.Searcher;
import org.offerfacts.store.ContentStore;
import org.offerfacts.store.Database;
import org.offerfacts.store.DocumentStore;
import org.offerfacts.store.FactStore;
import org.offerfacts.store.JobStore;
import org.offerfacts.store.OfferStore;
import org.offerfacts.store.SearchIndex;
import org.offerfacts.verify.FactRecorder;
import org.offerfacts.verify.ReviewQueue;
import org.offerfacts.verify.Verification;
import java.time.Duration;

/**
 * The running knowledge base: the database, its stores, the extraction engine and the job
 * runner, wired once. Web pages, the API and commands all reach the same parts through it.
 */
public final class App implements AutoCloseable {
  public final AppConfig config;
  public final Database db;
  public final Catalog catalog;
  public final Extractor extractor;
  public final OfferStore offers;
  public final ContentStore contents;
  public final DocumentStore documents;
  public final FactStore facts;
  public final JobStore jobs;
  public final JobRunner runner;
  public final Accounts accounts;
  public final FactRecorder recorder;
  public final Verification verification;
  public final ReviewQueue review;
  public final Searcher search;
  private final SafeHttpFetcher fetcher;
  private final DocumentReading reading;

  private App(AppConfig config, Database db) {
    this.config = config;
    this.db = db;
    this.catalog = Catalog.fromFolderOrBundled(config.catalogDir());
    this.extractor = new Extractor(catalog);
    this.offers = new OfferStore(db);
    this.contents = new ContentStore(db);
    this.documents = new DocumentStore(db, searchIndex(db));
    this.facts = new FactStore(db);
    this.jobs = new JobStore(db);
    this.accounts = new Accounts(db);
    this.search = new Searcher(db);
    FetchPolicy policy = config.fetchTrusted().length == 0
        ? FetchPolicy.DEFAULT : FetchPolicy.DEFAULT.withTrusted(config.fetchTrusted());
    this.fetcher = new SafeHttpFetcher(policy);
    this.reading = config.isolateReading()
        ? new IsolatedReading(new IsolatedReading.Settings(config.readerHeap(), config.readTimeLimit(), config.catalogDir()))
        : new InProcessReading(new Ingestor(IngestLimits.DEFAULT, null), extractor);
    this.recorder = new FactRecorder();
    this.verification = new Verification(db, catalog, facts, documents);
    this.review = new ReviewQueue(facts, offers, Duration.ofDays(config.staleDays()));
    this.runner = new JobRunner(jobs, new DocumentIntake(reading, fetcher, contents, documents, recorder, jobs));
  }

  public static App open(AppConfig config) {
    Database db = config.databaseUrl() != null
        ? Database.postgresql(config.databaseUrl(), config.databaseUser(), config.databasePassword())
        : Database.sqlite(config.sqliteFile());
    try {
      return new App(config, db);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** Pages stored before search was wired are indexed first, so every stored page can be found. */
  private static SearchIndex searchIndex(Database db) {
    PageIndex index = new PageIndex();
    index.catchUp(db);
    return index;
  }

  @Override
  public void close() {
    runner.close();
    reading.close();
    fetcher.close();
    db.close();
  }
}
