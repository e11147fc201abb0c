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
    source = StoredText.clean(source);
    title = StoredText.clean(title);
    pages = pages.stream().map(p -> new Page(p.number(), StoredText.clean(p.text()))).toList();
    warnings = List.copyOf(warnings);
  }
}
