package org.offerfacts.compare;

/** Something asked for that does not exist (an offer id, an attribute…), said plainly above the table. */
public record Notice(String key, String subject) {
  static Notice of(String key, Object subject) {
    return new Notice("compare.notice." + key, String.valueOf(subject));
  }
}
