package org.offerfacts.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.extract.Extractor;
import org.offerfacts.ingest.DocumentSource;
import org.offerfacts.ingest.IngestException;
import org.offerfacts.ingest.IngestLimits;
import org.offerfacts.ingest.Ingestor;

/**
 * The reader process: one request per line on standard input (a file to read), one answer per
 * line on standard output (the reading, or the reason it failed). It runs with a small heap and
 * exits on the first OutOfMemoryError, so a hostile document costs a restart of this process
 * and nothing of the server's.
 */
public final class ReadWorker {
  /** What the server asks. */
  record Request(long id, String file, String name, String type, String source) {}

  /** What the worker answers: a reading, or a failure with the reader's reason and message. */
  record Answer(long id, Reading reading, String reason, String message) {}

  /** Sent before the answer while a long document is read. */
  record Progress(long id, int done, int total) {}

  private ReadWorker() {}

  public static void main(String[] args) throws IOException {
    ObjectMapper json = new ObjectMapper();
    // Standard output carries answers only: anything else written there would break the protocol.
    PrintStream answers = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    Catalog catalog = Catalog.fromFolderOrBundled(args.length > 0 ? Path.of(args[0]) : null);
    InProcessReading reading = new InProcessReading(new Ingestor(IngestLimits.DEFAULT, null), new Extractor(catalog));
    answers.println("{\"ready\":true}");
    BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = requests.readLine()) != null) {
      Request request = json.readValue(line, Request.class);
      answers.println(json.writeValueAsString(answer(reading, request, json, answers)));
    }
  }

  private static Answer answer(InProcessReading reading, Request request, ObjectMapper json, PrintStream answers) {
    try {
      byte[] bytes = Files.readAllBytes(Path.of(request.file()));
      // A progress line at most every 5 % of the pages: enough for a bar, few enough to be free.
      Reading result = reading.read(new DocumentSource(request.source(), request.name(), request.type(), bytes),
          (done, total) -> {
            if (done == 0 || done == total || done % Math.max(1, total / 20) == 0) {
              synchronized (answers) {
                try {
                  answers.println(json.writeValueAsString(new Progress(request.id(), done, total)));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                  throw new IllegalStateException(e);
                }
              }
            }
          });
      return new Answer(request.id(), result, null, null);
    } catch (IngestException e) {
      return new Answer(request.id(), null, e.reason().name(), e.getMessage());
    } catch (StackOverflowError e) {
      return new Answer(request.id(), null, IngestException.Reason.MALFORMED.name(),
          "the document is nested too deeply to be read");
    } catch (IOException | RuntimeException e) {
      return new Answer(request.id(), null, IngestException.Reason.MALFORMED.name(),
          "the document could not be read: " + e.getClass().getSimpleName());
    }
  }
}
