package org.offerfacts.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.offerfacts.ingest.DocumentSource;
import org.offerfacts.ingest.IngestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads documents in a separate JVM ({@link ReadWorker}) with its own small heap, the way Apache
 * Tika's server isolates its parsers: PDFBox runs out of memory on a 1 MiB PDF whose stream
 * inflates to 1 GiB, and overflows the stack on a deep page tree. Here such a file ends its job
 * with a reason; the worker is started again for the next one, and the server never notices.
 * A document that takes longer than the time limit is treated the same way.
 */
public final class IsolatedReading implements DocumentReading {
  private static final Logger log = LoggerFactory.getLogger(IsolatedReading.class);
  private static final String EOF = "\u0000eof";
  private static final String OUT_OF_MEMORY = "\u0000oom";

  private final ObjectMapper json = new ObjectMapper();
  private final Settings settings;
  private final Path spool;
  private Process worker;
  private Writer requests;
  private BlockingQueue<String> answers;
  private long nextId = 1;

  /**
   * @param heap       the worker's -Xmx, e.g. "384m"
   * @param timeLimit  how long one document may take
   * @param catalogDir the catalog folder the server uses, or null for the bundled one
   */
  public record Settings(String heap, Duration timeLimit, Path catalogDir) {}

  public IsolatedReading(Settings settings) {
    this.settings = settings;
    try {
      this.spool = ReadingSpool.create();
    } catch (IOException e) {
      throw new IllegalStateException("cannot create a temporary folder for the reader", e);
    }
  }

  @Override
  public synchronized Reading read(DocumentSource source, Progress progress) throws IngestException {
    ensureStarted();
    long id = nextId++;
    Path file = spool.resolve("input-" + id);
    try {
      Files.write(file, source.bytes());
      requests.write(json.writeValueAsString(new ReadWorker.Request(id, file.toString(), source.fileName(),
          source.declaredType(), source.source())) + "\n");
      requests.flush();
      long deadline = System.nanoTime() + settings.timeLimit().toNanos();
      String line = answers.poll(settings.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
      while (line != null && line.startsWith("{") && json.readTree(line).has("done")) {
        ReadWorker.Progress step = json.readValue(line, ReadWorker.Progress.class);
        progress.pages(step.done(), step.total());
        line = answers.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
      if (line == null) {
        stop();
        throw new IngestException(IngestException.Reason.TOO_LARGE,
            "reading took longer than the limit of " + settings.timeLimit().toSeconds() + " s, so it was stopped");
      }
      if (line.equals(OUT_OF_MEMORY)) {
        stop();
        throw new IngestException(IngestException.Reason.TOO_LARGE,
            "the document needs more memory than the reader may use (" + settings.heap() + "), so it was not read");
      }
      if (line.equals(EOF)) {
        stop();
        throw new IngestException(IngestException.Reason.MALFORMED, "the reader process stopped while reading the document");
      }
      ReadWorker.Answer answer = json.readValue(line, ReadWorker.Answer.class);
      if (answer.reading() != null) return answer.reading();
      throw new IngestException(IngestException.Reason.valueOf(answer.reason()), answer.message());
    } catch (IOException e) {
      stop();
      throw new IngestException(IngestException.Reason.MALFORMED, "the reader process failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
      throw new IngestException(IngestException.Reason.UNREACHABLE, "reading was interrupted");
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        log.warn("could not delete {}", file);
      }
    }
  }

  private void ensureStarted() throws IngestException {
    if (worker != null && worker.isAlive()) return;
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + settings.heap(), "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-Xshare:auto",
        "-cp", System.getProperty("java.class.path"), ReadWorker.class.getName()));
    if (settings.catalogDir() != null) command.add(settings.catalogDir().toString());
    try {
      worker = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    } catch (IOException e) {
      throw new IngestException(IngestException.Reason.UNREACHABLE, "cannot start the reader process: " + e.getMessage(), e);
    }
    requests = new OutputStreamWriter(worker.getOutputStream(), StandardCharsets.UTF_8);
    answers = new LinkedBlockingQueue<>();
    BlockingQueue<String> queue = answers;
    BufferedReader out = new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
    Thread pump = new Thread(() -> {
      try {
        String line;
        while ((line = out.readLine()) != null) {
          // The JVM itself writes one line here as it dies of an OutOfMemoryError.
          if (line.startsWith("{")) queue.add(line);
          else if (line.contains("OutOfMemoryError")) queue.add(OUT_OF_MEMORY);
          else log.warn("reader process: {}", line);
        }
      } catch (IOException e) {
        // The worker is gone; the EOF below tells the waiting reader.
      }
      queue.add(EOF);
    }, "offerfacts-reader-output");
    pump.setDaemon(true);
    pump.start();
    try {
      String ready = answers.poll(60, TimeUnit.SECONDS);
      if (ready == null || !ready.contains("\"ready\"")) {
        stop();
        throw new IngestException(IngestException.Reason.UNREACHABLE, "the reader process did not start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
      throw new IngestException(IngestException.Reason.UNREACHABLE, "interrupted while starting the reader process");
    }
    log.info("reader process started (pid {}, heap {})", worker.pid(), settings.heap());
  }

  private void stop() {
    if (worker != null) {
      worker.destroyForcibly();
      try {
        worker.waitFor(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    worker = null;
  }

  @Override
  public synchronized void close() {
    stop();
    try (var files = Files.list(spool)) {
      files.forEach(f -> f.toFile().delete());
      Files.deleteIfExists(spool);
    } catch (IOException e) {
      log.warn("could not remove {}", spool);
    }
  }
}
