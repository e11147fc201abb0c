package org.offerfacts.verify;

/**
 * What backs a technician's answer; at least one part is required.
 *
 * @param note       what was done and seen ("telnet to port 25 from the trial line, refused")
 * @param attachment a file (an e-mail, a screenshot, a PDF), or null
 * @param quote      words from a stored document, or null
 */
public record Evidence(String note, Attachment attachment, Quote quote) {
  public static final int MAX_NOTE = 4000;

  public Evidence {
    note = note == null || note.isBlank() ? null : note.strip();
    if (note != null && note.length() > MAX_NOTE) {
      throw new IllegalArgumentException("a note has at most " + MAX_NOTE + " characters");
    }
    if (note == null && attachment == null && quote == null) {
      throw new IllegalArgumentException("a verified answer needs evidence: a note, a file or a quote");
    }
  }

  /** An attached file as uploaded. */
  public record Attachment(String fileName, String mediaType, byte[] bytes) {}

  /** A passage of a stored document: it must be found on that page, verbatim. */
  public record Quote(long documentId, int page, String text) {}
}
