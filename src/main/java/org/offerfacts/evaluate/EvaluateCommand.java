package org.offerfacts.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.extract.DocumentReader;
import org.offerfacts.extract.Extractor;
import org.offerfacts.ingest.IngestLimits;
import org.offerfacts.ingest.IngestedDocument;
import org.offerfacts.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `evaluate`: scores the extractor on a labeled corpus, form by form, and can gate a build on it. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the extractor against a labeled corpus (index.json + labels.json, as in shared/corpus):",
      "precision, recall and F1 per attribute and overall, for each form, then every miss and false positive.",
      "Exit code: 1 when a --min-* threshold is not met, 2 when the corpus cannot be read."})
public final class EvaluateCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The corpus folder.")
  Path dir;

  @Option(names = "--json", description = "Print the scores as JSON.")
  boolean json;

  @Option(names = "--forms", split = ",", defaultValue = "pdf,html", description = "Forms to score (pdf, html, text). Default: ${DEFAULT-VALUE}.")
  List<String> forms;

  @Option(names = "--min-precision", paramLabel = "P", description = "Fail when overall precision of any form is below P.")
  Double minPrecision;

  @Option(names = "--min-recall", paramLabel = "R", description = "Fail when overall recall of any form is below R.")
  Double minRecall;

  @Option(names = "--min-attribute-recall", paramLabel = "R",
      description = "Fail when any attribute with labels has a recall below R in any form.")
  Double minAttributeRecall;

  @Option(names = "--catalog", paramLabel = "DIR", defaultValue = "${env:OFFERFACTS_CATALOG}",
      description = "Read the attribute catalog from this folder instead of the bundled one.")
  Path catalogDir;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<CorpusDocument> corpus;
    try {
      corpus = Corpus.load(dir);
    } catch (IOException e) {
      spec.commandLine().getErr().println("offerfacts: " + e.getMessage());
      return 2;
    }
    Catalog catalog = Catalog.fromFolderOrBundled(catalogDir);
    Extractor extractor = new Extractor(catalog);
    Ingestor ingestor = new Ingestor(IngestLimits.DEFAULT, null);
    DocumentReader reader = new DocumentReader(ingestor, extractor);
    List<FormResult> results = new Evaluation(extractor).run(corpus, forms, file -> {
      IngestedDocument doc = ingestor.ingest(file.toString());
      return reader.facts(doc);
    });
    List<String> failures = new Thresholds(minPrecision, minRecall, minAttributeRecall).check(results);
    if (json) {
      Map<String, Object> report = EvaluationReport.asMap(results, failures);
      out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
    } else {
      EvaluationReport.print(out, results);
      failures.forEach(f -> out.println("BELOW THRESHOLD: " + f));
    }
    out.flush();
    return failures.isEmpty() ? 0 : 1;
  }
}
