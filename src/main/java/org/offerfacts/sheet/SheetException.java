package org.offerfacts.sheet;

/**
 * A spreadsheet that cannot be read at all (too large, not text, a broken quote). It names the
 * problem by a message key of the sheet bundle, so the form can say it in the reader's language;
 * the English message goes to the JSON API and the logs.
 */
public final class SheetException extends IllegalArgumentException {
  private final String key;
  private final transient Object[] args;

  SheetException(String key, String english, Object... args) {
    super(english);
    this.key = key;
    this.args = args.clone();
  }

  /** The message key under {@code import.error.}. */
  public String key() {
    return key;
  }

  public Object[] args() {
    return args.clone();
  }
}
