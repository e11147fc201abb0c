package org.offerfacts.store;

/**
 * Text as every backend can keep it. PostgreSQL refuses U+0000 in a TEXT column while SQLite
 * stores it, so a stray NUL in a PDF title or a form field would fail only on PostgreSQL. It
 * becomes U+FFFD rather than disappearing, so the text keeps its length and the offsets of
 * quotes cut from it stay right.
 */
final class StoredText {
  private StoredText() {}

  static String clean(String text) {
    return text == null || text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
  }
}
