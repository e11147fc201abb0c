package org.offerfacts.jobs;

import org.offerfacts.ingest.DocumentSource;
import org.offerfacts.ingest.IngestException;

/** Turns bytes into a {@link Reading}: in this process, or in a separate one that may die alone. */
public interface DocumentReading extends AutoCloseable {
  Reading read(DocumentSource source) throws IngestException;

  @Override
  default void close() {}
}
