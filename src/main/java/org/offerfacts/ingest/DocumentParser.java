package org.offerfacts.ingest;

/** Reads one format into text. Implementations are stateless and safe to share. */
public interface DocumentParser {

  /** The media types this parser reads, e.g. "application/pdf". */
  java.util.Set<String> mediaTypes();

  IngestedDocument parse(DocumentSource source, IngestLimits limits) throws IngestException;
}
