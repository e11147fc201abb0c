package org.offerfacts.jobs;

import org.offerfacts.ingest.DocumentSource;
import org.offerfacts.ingest.IngestException;

/** Turns bytes into a {@link Reading}: in this process, or in a separate one that may die alone. */
public interface DocumentReading extends AutoCloseable {
  /** @param progress told (pages done, pages in all) as the reading goes */
  Reading read(DocumentSource source, Progress progress) throws IngestException;

  default Reading read(DocumentSource source) throws IngestException {
    return read(source, (done, total) -> {});
  }

  /** Where a reading stands: pages whose facts are read, of the pages in the document. */
  @FunctionalInterface
  interface Progress {
    void pages(int done, int total);
  }

  @Override
  default void close() {}
}
