package org.offerfacts.compare;

import java.util.List;

/**
 * One cell as the page, the e-mail table and the downloads show it, in the reader's language.
 *
 * @param text          the value ("yes", "4 hours") or "?" when nothing is stated
 * @param css           value-yes, value-no or value-unknown, else empty
 * @param conditions    "on request, paid option", or empty
 * @param status        the fact status id, empty when unknown
 * @param unknownReason "not stated in the 3 documents we hold", empty when known
 * @param documentHref  the document view at the quote, or null when the evidence is a note
 * @param others        other values somebody stated, each with its status: shown, never hidden
 */
public record CellView(String text, String css, String conditions, String status, String statusLabel,
    String unknownReason, String quote, Integer page, Long documentId, String documentHref, String note,
    List<String> others, String historyHref) {
  public CellView {
    others = List.copyOf(others);
  }

  public boolean known() {
    return !status.isEmpty();
  }

  /**
   * The value's colour where only inline styles survive (pasted into an e-mail). Only the
   * unknown stands out: whether "yes" is good depends on the attribute (port 25 blocked: yes).
   */
  public String emailColor() {
    return known() ? "#1d2430" : "#8a5a00";
  }

  /** Value and conditions on one line, for plain text, CSV and e-mail. */
  public String plain() {
    return conditions.isEmpty() ? text : text + " (" + conditions + ")";
  }
}
