package org.offerfacts.jobs;

import java.util.List;
import org.offerfacts.extract.DocumentFacts;
import org.offerfacts.extract.Extractor;
import org.offerfacts.ingest.DocumentSource;
import org.offerfacts.ingest.IngestException;
import org.offerfacts.ingest.IngestedDocument;
import org.offerfacts.ingest.Ingestor;

/**
 * Reads in the calling process. The worker process uses it; the server uses it only when told to
 * (OFFERFACTS_ISOLATE_READING=false), since a hostile PDF can exhaust the heap or the stack.
 */
public final class InProcessReading implements DocumentReading {
  private final Ingestor ingestor;
  private final Extractor extractor;

  public InProcessReading(Ingestor ingestor, Extractor extractor) {
    this.ingestor = ingestor;
    this.extractor = extractor;
  }

  @Override
  public Reading read(DocumentSource source, Progress progress) throws IngestException {
    return reading(ingestor.ingest(source), progress);
  }

  private Reading reading(IngestedDocument doc, Progress progress) {
    int total = doc.text().pageCount();
    progress.pages(0, total);
    DocumentFacts facts = extractor.extract(doc.text(), doc.language(), done -> progress.pages(done, total));
    List<Reading> attachments = doc.attachments().stream().map(a -> reading(a, (d, t) -> {})).toList();
    return new Reading(doc.title(), facts.language(), doc.mediaType(), doc.text().pages(), facts.warnings(),
        doc.text().reliable() ? facts.facts() : List.of(), attachments);
  }
}
