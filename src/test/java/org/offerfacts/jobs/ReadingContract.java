package org.offerfacts.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.offerfacts.catalog.CatalogLoader;
import org.offerfacts.extract.Extractor;
import org.offerfacts.ingest.DocumentSource;
import org.offerfacts.ingest.IngestException;
import org.offerfacts.ingest.IngestLimits;
import org.offerfacts.ingest.Ingestor;
import org.offerfacts.store.ContentStore;

/**
 * What the reading entry point promises for any bytes: a reading, or an IngestException with a
 * reason, within a time bound; never another exception, never a hang. An input that breaks the
 * promise is written to target/fuzz-failures/ so that it can be kept in
 * src/test/resources/fuzz-regressions/ and replayed by {@link FuzzRegressionsTest}.
 */
final class ReadingContract {
  static final long BOUND_SECONDS = 10;
  private static final InProcessReading READER = new InProcessReading(new Ingestor(IngestLimits.DEFAULT, null),
      new Extractor(CatalogLoader.fromDirectory(Path.of("specs"))));
  private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fuzz-reader");
    t.setDaemon(true); // a reader stuck past the bound must not keep the test JVM alive
    return t;
  });

  private ReadingContract() {}

  static void holdsFor(byte[] bytes, String fileName) throws Exception {
    Future<Reading> reading = WORKER.submit(() -> READER.read(new DocumentSource(fileName, fileName, null, bytes), (d, t) -> {}));
    try {
      assertThat(reading.get(BOUND_SECONDS, TimeUnit.SECONDS)).isNotNull();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IngestException refused) {
        assertThat(refused.getMessage()).isNotBlank();
        return;
      }
      Path kept = keep(bytes, fileName);
      throw new AssertionError("reading " + fileName + " threw " + e.getCause() + " (input kept as " + kept + ")",
          e.getCause());
    } catch (TimeoutException e) {
      reading.cancel(true);
      Path kept = keep(bytes, fileName);
      throw new AssertionError("reading " + fileName + " took more than " + BOUND_SECONDS + " s (input kept as " + kept + ")");
    }
  }

  /**
   * Every failing input is kept, the shrinking steps' too: the one to keep as a regression is
   * the one named in the error the fuzz test reports for its smallest case.
   */
  private static Path keep(byte[] bytes, String fileName) throws IOException {
    Path dir = Path.of("target", "fuzz-failures");
    Files.createDirectories(dir);
    String sha = ContentStore.sha256(bytes).substring(0, 16);
    return Files.write(dir.resolve(sha + "-" + fileName), bytes);
  }
}
