package org.offerfacts.store;

import java.util.List;

/**
 * One version of a document of an offer.
 *
 * @param source    the file name or URL it came from
 * @param version   1 for the first bytes seen from that source, then 2, 3… when they change
 * @param warnings  what reading it noticed (no text layer, skipped pages)
 * @param fetchedAt when a URL was fetched; null for uploads
 */
public record StoredDocument(
    long id,
    long offerId,
    String sha256,
    String source,
    int version,
    String title,
    String language,
    int pages,
    List<String> warnings,
    String fetchedAt,
    String createdAt) {

  public boolean fromUrl() {
    return source.startsWith("http://") || source.startsWith("https://");
  }
}
