package org.offerfacts.reply;

import java.time.LocalDate;

/**
 * What a reply says to one question.
 *
 * @param kind       yes, no, not known, a promise to answer later, or a value ("4 hours")
 * @param value      typed as the attribute (Boolean, Long, Double, String); null for unknown and promises
 * @param promisedBy the date by which the supplier promised an answer, for promises only
 * @param quote      the reply's words that say it, verbatim
 */
public record Answer(int n, String attribute, Kind kind, Object value, LocalDate promisedBy, String quote) {
  public enum Kind {
    YES, NO, UNKNOWN, PROMISED, VALUE;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
