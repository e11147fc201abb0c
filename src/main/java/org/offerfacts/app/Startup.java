package org.offerfacts.app;

import java.util.concurrent.TimeUnit;
import org.offerfacts.demo.DemoDocument;
import org.offerfacts.demo.DemoOffer;
import org.offerfacts.demo.DemoSet;
import org.offerfacts.store.NewOffer;
import org.offerfacts.store.Offer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What happens once before the app serves: the first admin and the demo set on a new database, then unfinished jobs. */
public final class Startup {
  private static final Logger log = LoggerFactory.getLogger(Startup.class);

  private Startup() {}

  public static void prepare(App app) throws InterruptedException {
    app.accounts.ensureFirstAdmin(System.getenv("OFFERFACTS_ADMIN_EMAIL"), System.getenv("OFFERFACTS_ADMIN_PASSWORD"));
    if (app.config.demo() && app.offers.isEmpty()) loadDemo(app);
    app.runner.resume();
  }

  /**
   * Loads the demo offers through the same jobs as an upload, so the newcomer sees exactly what
   * the product does with documents, and waits for them: the first page should be full.
   */
  public static void loadDemo(App app) throws InterruptedException {
    log.info("empty database: loading the demo offers (start with --no-demo to skip)");
    for (DemoOffer demo : DemoSet.offers()) {
      Offer offer = app.offers.create(new NewOffer(demo.supplier(), demo.name(), demo.kind(), demo.url(),
          demo.monthlyPriceEur(), demo.notes()));
      for (DemoDocument doc : demo.documents()) {
        app.runner.submit(app.jobs.queueUpload(offer.id(), doc.fileName(), doc.content(), doc.mediaType()));
      }
    }
    app.runner.awaitIdle(2, TimeUnit.MINUTES);
  }
}
