package org.offerfacts.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.daemon.DaemonControl;
import org.offerfacts.extract.Extractor;
import org.offerfacts.ingest.DocumentSource;
import org.offerfacts.ingest.IngestLimits;
import org.offerfacts.ingest.IngestedDocument;
import org.offerfacts.ingest.PdfParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `bench`: extraction speed next to pdftotext on generated conditions PDFs, measured in
 * interleaved runs so that both see the same machine load; reported as ratios.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Generates French conditions-style PDFs and measures, warm and in-process, pages per second for text",
      "extraction alone and for text plus facts, next to pdftotext on the same files (ratios = our time / its time).",
      "With --process, also times `extract` as a whole process (JVM start included) under -Xmx128m."})
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--pages", split = ",", defaultValue = "35,300", description = "Document sizes. Default: ${DEFAULT-VALUE}.")
  List<Integer> sizes;

  @Option(names = "--warmup", defaultValue = "5", description = "Warm-up runs per size. Default: ${DEFAULT-VALUE}.")
  int warmup;

  @Option(names = "--iterations", defaultValue = "7", description = "Measured runs per size. Default: ${DEFAULT-VALUE}.")
  int iterations;

  @Option(names = "--process", description = "Also time whole `extract` processes (JVM start included).")
  boolean process;

  @Option(names = "--heap", defaultValue = "128m", description = "Heap of the --process runs. Default: ${DEFAULT-VALUE}.")
  String heap;

  @Option(names = "--dir", defaultValue = "target/bench", description = "Where the PDFs are written. Default: ${DEFAULT-VALUE}.")
  Path dir;

  @Option(names = "--pdftotext", defaultValue = "pdftotext", description = "The baseline command. Default: ${DEFAULT-VALUE}.")
  String pdftotext;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Files.createDirectories(dir);
    Baseline baseline = new Baseline(pdftotext, dir);
    if (!baseline.available()) out.println("note: " + pdftotext + " not found; install poppler-utils for the baseline");
    Extractor extractor = new Extractor(Catalog.bundled());
    PdfParser parser = new PdfParser();
    List<String> rows = new ArrayList<>();
    for (int pages : sizes) {
      Path pdf = dir.resolve("conditions-" + pages + ".pdf");
      if (!Files.exists(pdf)) ConditionsPdf.write(pdf, pages, 42);
      byte[] bytes = Files.readAllBytes(pdf);
      DocumentSource source = new DocumentSource(pdf.toString(), pdf.getFileName().toString(), null, bytes);
      for (int i = 0; i < warmup; i++) extractor.extract(parser.parse(source, IngestLimits.DEFAULT).text(), null);
      Stopwatch text = new Stopwatch();
      Stopwatch facts = new Stopwatch();
      Stopwatch base = new Stopwatch();
      for (int i = 0; i < iterations; i++) {
        text.time(() -> parser.parse(source, IngestLimits.DEFAULT));
        facts.time(() -> {
          IngestedDocument doc = parser.parse(source, IngestLimits.DEFAULT);
          extractor.extract(doc.text(), doc.language());
        });
        if (baseline.available()) base.time(() -> baseline.run(pdf));
      }
      rows.add(row(pages, text, facts, base));
      if (process) {
        rows.add(processRow(pages, pdf, baseline));
        rows.add(daemonRow(pages, pdf, baseline));
      }
    }
    out.println("| pages | what | ours (s, median) | pages/s | pdftotext (s) | ratio ours/pdftotext |");
    out.println("|---:|---|---:|---:|---:|---:|");
    rows.forEach(out::println);
    out.flush();
    return 0;
  }

  private static String row(int pages, Stopwatch text, Stopwatch facts, Stopwatch base) {
    double b = base.isEmpty() ? Double.NaN : base.median();
    return line(pages, "text only, warm", text.median(), b) + "\n" + line(pages, "text + facts, warm", facts.median(), b);
  }

  private String processRow(int pages, Path pdf, Baseline baseline) throws Exception {
    List<String> command = extractCommand(List.of("-Xmx" + heap), pdf);
    return timedProcesses(pages, "`extract --json` process, no daemon, -Xmx" + heap, command, Map.of("OFFERFACTS_DAEMON", "off"),
        pdf, baseline);
  }

  /**
   * The same command with the extraction daemon of a run before it, warm: what a user sees from
   * the second run on. The daemon gets its own runtime folder here, apart from the user's.
   */
  private String daemonRow(int pages, Path pdf, Baseline baseline) throws Exception {
    Map<String, String> env = Map.of("XDG_RUNTIME_DIR", Files.createDirectories(dir.resolve("run")).toString());
    Path socket = DaemonControl.socketFor(env).orElseThrow(() -> new IllegalStateException("no folder for a daemon"));
    Process daemon = new ProcessBuilder(DaemonControl.command(socket, "384m")).redirectErrorStream(true)
        .redirectOutput(dir.resolve("daemon.log").toFile()).start();
    try {
      if (!DaemonControl.awaitReady(socket, Duration.ofMinutes(2))) throw new IllegalStateException("the daemon did not start");
      List<String> command = extractCommand(List.of(), pdf);
      extractProcess(command, env); // its first run of a file this size
      return timedProcesses(pages, "`extract --json` process, daemon warm", command, env, pdf, baseline);
    } finally {
      DaemonControl.stop(socket);
      daemon.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
      daemon.destroyForcibly();
    }
  }

  private static List<String> extractCommand(List<String> jvmOptions, Path pdf) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.offerfacts.Main", "extract", "--json", pdf.toString()));
    return command;
  }

  /** Whole processes timed in turn with pdftotext on the same file. */
  private String timedProcesses(int pages, String what, List<String> command, Map<String, String> env, Path pdf,
      Baseline baseline) throws Exception {
    Stopwatch ours = new Stopwatch();
    Stopwatch base = new Stopwatch();
    for (int i = 0; i < Math.max(3, iterations / 2); i++) {
      ours.time(() -> extractProcess(command, env));
      if (baseline.available()) base.time(() -> baseline.run(pdf));
    }
    return line(pages, what, ours.median(), base.isEmpty() ? Double.NaN : base.median());
  }

  private void extractProcess(List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(dir.resolve("process-output.json").toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().putAll(env);
    int code = builder.start().waitFor();
    if (code != 0) throw new IllegalStateException("extract exited with " + code);
  }

  private static String line(int pages, String what, double ours, double base) {
    return String.format(Locale.ROOT, "| %d | %s | %.3f | %.0f | %s | %s |", pages, what, ours, pages / ours,
        Double.isNaN(base) ? "n/a" : String.format(Locale.ROOT, "%.3f", base),
        Double.isNaN(base) ? "n/a" : String.format(Locale.ROOT, "%.2f", ours / base));
  }
}
