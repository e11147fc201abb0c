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

  /** The value's colour where only inline styles survive: pasted into an e-mail. */
  public String emailColor() {
    return switch (css) {
      case "value-yes" -> "#1e7b34";
      case "value-no" -> "#a3261b";
      case "value-unknown" -> "#8a5a00";
      default -> "#1d2430";
    };
  }

  /** Value and conditions on one line, for plain text, CSV and e-mail. */
  public String plain() {
    return conditions.isEmpty() ? text : text + " (" + conditions + ")";
  }
}
