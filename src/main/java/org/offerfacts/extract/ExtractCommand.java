package org.offerfacts.extract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.offerfacts.fetch.FetchPolicy;
import org.offerfacts.fetch.SafeHttpFetcher;
import org.offerfacts.ingest.IngestException;
import org.offerfacts.ingest.IngestLimits;
import org.offerfacts.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `extract`: prints the facts of documents and URLs; one JVM for all of them. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Reads offer documents and prints the technical facts they state, each with its quote and page.",
      "Accepted: .pdf, .html/.htm, .txt/.md, .eml files and http(s):// URLs (the type is read from the content).",
      "Exit code: 0 when every input was read, 2 when any failed (the others are still processed)."})
public final class ExtractCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE_OR_URL", description = "Documents to read.")
  List<String> inputs;

  @Option(names = "--json", description = "Print one JSON object instead of a readable table.")
  boolean json;

  @Option(names = "--catalog", paramLabel = "DIR",
      description = "Read the attribute catalog from this folder instead of the bundled one (env OFFERFACTS_CATALOG).")
  Path catalogDir;

  @Option(names = "--no-daemon", description = {"Read in this process, without the extraction daemon (env OFFERFACTS_DAEMON=off).",
      "By default a run hands its work to a daemon kept warm for the next runs, started after the first one."})
  boolean noDaemon;

  @Spec
  CommandSpec spec;

  private final Invocation invocation;

  public ExtractCommand() {
    this(Invocation.ofThisProcess());
  }

  public ExtractCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    // In a fresh JVM, loading the catalog and compiling its terms takes about as long as reading
    // a long PDF: the first document is read meanwhile.
    Path catalog = catalogDir != null ? invocation.resolve(catalogDir)
        : invocation.setting("OFFERFACTS_CATALOG") == null ? null : invocation.resolve(Path.of(invocation.setting("OFFERFACTS_CATALOG")));
    CompletableFuture<Extractor> building = CompletableFuture.supplyAsync(() -> invocation.extractors().apply(catalog));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ObjectNode root = FactJson.object();
    ArrayNode documents = root.putArray("documents");
    boolean failed = false;
    try (SafeHttpFetcher fetcher = needsFetcher() ? new SafeHttpFetcher(fetchPolicy()) : null) {
      Ingestor ingestor = new Ingestor(IngestLimits.DEFAULT, fetcher);
      if (invocation.workingDir() != null) ingestor = ingestor.relativeTo(invocation.workingDir());
      DocumentReader reader = new DocumentReader(ingestor, () -> ready(building));
      for (String input : inputs) {
        try {
          for (DocumentReader.Result r : reader.read(input)) {
            var doc = r.document();
            if (json) documents.add(FactJson.document(doc.source(), doc.title(), doc.text().pageCount(), r.facts()));
            else FactTable.print(out, doc, r.facts(), ready(building).catalog());
          }
        } catch (IngestException e) {
          failed = true;
          err.println("offerfacts: " + input + ": " + e.getMessage());
          ObjectNode entry = documents.addObject();
          entry.put("source", input);
          entry.put("error", e.getMessage());
          if (!json) out.println("== " + input + "\n  error: " + e.getMessage() + "\n");
        }
      }
    }
    ready(building); // a broken catalog is reported even when no document could be read
    if (json) out.println(FactJson.indented(root));
    out.flush();
    return failed ? 2 : 0;
  }

  /** The extractor once built; a catalog mistake surfaces as itself, not wrapped by the future. */
  private static Extractor ready(CompletableFuture<Extractor> building) {
    try {
      return building.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) throw cause;
      if (e.getCause() instanceof Error cause) throw cause;
      throw e;
    }
  }

  /** Intranet sources an admin trusts, from OFFERFACTS_FETCH_TRUSTED (hosts or CIDR ranges, comma-separated). */
  private FetchPolicy fetchPolicy() {
    String trusted = invocation.setting("OFFERFACTS_FETCH_TRUSTED");
    if (trusted == null) return FetchPolicy.DEFAULT;
    return FetchPolicy.DEFAULT.withTrusted(trusted.split("[,\\s]+"));
  }

  private boolean needsFetcher() {
    return inputs.stream().anyMatch(i -> i.startsWith("http://") || i.startsWith("https://"));
  }
}
