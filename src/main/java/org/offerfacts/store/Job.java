package org.offerfacts.store;

/**
 * Ingestion of one upload or URL into an offer, run in the background.
 *
 * @param sha256     the uploaded bytes, stored before the job was queued; null for a URL
 * @param url        the URL to fetch; null for an upload
 * @param done       pages processed so far
 * @param total      pages in the document, 0 until it is read
 * @param documentId the stored document once done
 * @param attempts   how many times it has started running: more than one means a stop interrupted it
 */
public record Job(
    long id,
    long offerId,
    String source,
    String sha256,
    String url,
    State state,
    int done,
    int total,
    String error,
    Long documentId,
    String createdAt,
    String finishedAt,
    int attempts) {

  public enum State {
    QUEUED, RUNNING, DONE, FAILED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static State of(String id) {
      return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
  }

  public boolean finished() {
    return state == State.DONE || state == State.FAILED;
  }
}
