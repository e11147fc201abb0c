package org.offerfacts.fetch;

/** A URL that was refused or could not be fetched, with a message for the user. */
public class FetchException extends Exception {
  public enum Reason {
    /** Not http(s), credentials in the URL, a port not allowed, malformed. */
    BAD_URL,
    /** The host resolves to an address we never connect to (loopback, private, metadata...). */
    FORBIDDEN_ADDRESS,
    /** Too many redirects. */
    TOO_MANY_REDIRECTS,
    /** The body exceeds the size cap (also after decompression). */
    TOO_LARGE,
    /** Connect, header or total time limit reached. */
    TIMEOUT,
    /** DNS failure, refused connection, HTTP error status. */
    UNREACHABLE
  }

  private final Reason reason;

  public FetchException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public FetchException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
