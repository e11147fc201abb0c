package org.offerfacts.ingest;

/**
 * A document that cannot be read, with a message meant for the person who supplied it
 * ("the PDF needs a password", "not a supported type: image/png").
 */
public class IngestException extends Exception {
  private final Reason reason;

  public enum Reason {
    /** The bytes are not a document we read (unknown or unsupported type). */
    UNSUPPORTED_TYPE,
    /** The document is damaged or not what it claims to be. */
    MALFORMED,
    /** The document needs a password we do not have. */
    ENCRYPTED,
    /** The document exceeds a configured cap (size, pages, decompressed size). */
    TOO_LARGE,
    /** The document could not be fetched or read from disk. */
    UNREACHABLE
  }

  public IngestException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public IngestException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
