package org.offerfacts.daemon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.offerfacts.bench.ConditionsPdf;

/**
 * Runs the daemon's own code path a few times on a generated conditions-style PDF before the
 * first client comes, so that PDFBox and the extractor are compiled by then: a daemon that
 * answers its first run as slowly as a cold process would miss its point.
 */
final class Warmup {
  private static final int PAGES = 40;
  private static final int RUNS = 20;

  private Warmup() {}

  static void run(Consumer<List<String>> extract) {
    Path pdf = null;
    try {
      pdf = Files.createTempFile("offerfacts-warmup-", ".pdf");
      ConditionsPdf.write(pdf, PAGES, 7);
      for (int i = 0; i < RUNS; i++) extract.accept(List.of("--json", pdf.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (pdf != null) pdf.toFile().delete();
    }
  }
}
