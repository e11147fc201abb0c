package org.offerfacts.bench;

import java.io.IOException;
import java.nio.file.Path;

/** pdftotext, the reference a PDF text extractor is compared with. */
final class Baseline {
  private final String command;
  private final Path output;
  private final boolean available;

  Baseline(String command, Path dir) {
    this.command = command;
    this.output = dir.resolve("pdftotext-output.txt");
    this.available = probe(command);
  }

  boolean available() {
    return available;
  }

  void run(Path pdf) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command, "-enc", "UTF-8", pdf.toString(), output.toString())
        .redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    if (p.waitFor() != 0) throw new IOException(command + " failed on " + pdf);
  }

  private static boolean probe(String command) {
    try {
      Process p = new ProcessBuilder(command, "-v").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
