package org.offerfacts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.offerfacts.ingest.IngestException;
import org.offerfacts.ingest.IngestedDocument;
import org.offerfacts.ingest.Ingestor;

/** Reads a file or URL and extracts the facts of it and of every document it carries. */
public final class DocumentReader {
  /** One document read: its description and its facts. */
  public record Result(IngestedDocument document, DocumentFacts facts) {}

  private final Ingestor ingestor;
  private final Supplier<Extractor> extractor;

  public DocumentReader(Ingestor ingestor, Extractor extractor) {
    this(ingestor, () -> extractor);
  }

  /** With an extractor still being built: it is first needed once the first document is read. */
  public DocumentReader(Ingestor ingestor, Supplier<Extractor> extractor) {
    this.ingestor = ingestor;
    this.extractor = extractor;
  }

  /** The document first, then its attachments (depth first), each with its own facts. */
  public List<Result> read(String pathOrUrl) throws IngestException {
    List<Result> results = new ArrayList<>();
    collect(ingestor.ingest(pathOrUrl), results);
    return results;
  }

  public DocumentFacts facts(IngestedDocument document) {
    return extractor.get().extract(document.text(), document.language());
  }

  private void collect(IngestedDocument document, List<Result> into) {
    into.add(new Result(document, facts(document)));
    for (IngestedDocument attachment : document.attachments()) collect(attachment, into);
  }
}
