package org.offerfacts.store;

import java.util.List;
import org.offerfacts.ingest.Page;

/** A read document about to be stored with its pages. */
public record NewDocument(
    long offerId,
    String sha256,
    String source,
    String title,
    String language,
    List<Page> pages,
    List<String> warnings,
    String fetchedAt) {
  public NewDocument {
    pages = List.copyOf(pages);
    warnings = List.copyOf(warnings);
  }
}
