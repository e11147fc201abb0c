package org.offerfacts.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.extract.DocumentFacts;
import org.offerfacts.extract.Extractor;

/** Runs the extractor over every document of a corpus, form by form, and scores it. */
public final class Evaluation {
  /** Reads one corpus file into facts; a failure is reported, not thrown through. */
  @FunctionalInterface
  public interface Reader {
    DocumentFacts read(Path file) throws Exception;
  }

  private final Scorer scorer;

  public Evaluation(Extractor extractor) {
    Set<String> core = extractor.catalog().attributes().stream().filter(Attribute::core).map(Attribute::id)
        .collect(Collectors.toSet());
    this.scorer = new Scorer(core);
  }

  public List<FormResult> run(List<CorpusDocument> corpus, List<String> forms, Reader reader) {
    List<FormResult> results = new ArrayList<>();
    for (String form : forms) {
      FormResult result = new FormResult(form);
      for (CorpusDocument doc : corpus) {
        Path file = doc.forms().get(form);
        if (file == null) continue;
        try {
          scorer.score(doc, reader.read(file), result);
        } catch (Exception e) {
          result.failure(new FormResult.Failure(doc.id(), String.valueOf(e.getMessage())));
          scorer.score(doc, new DocumentFacts(doc.language(), List.of(), List.of(), List.of(), List.of()), result);
        }
      }
      results.add(result);
    }
    return results;
  }
}
