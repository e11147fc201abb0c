package org.offerfacts.store;

/** The database could not do what was asked; the message says what, in plain words. */
public final class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
