package org.offerfacts.reply;

import java.time.LocalDate;

/**
 * A reply as the matcher reads it: its text (the plain part, or the HTML part as text), its date,
 * its subject and message ids (to find the question list it answers), and its attachments.
 *
 * @param date      the e-mail's Date header, or null for pasted text
 * @param inReplyTo the Message-ID it replies to, or null
 */
public record ReplyText(String text, LocalDate date, String subject, String messageId, String inReplyTo,
    java.util.List<String> references) {

  /** Pasted text, not an e-mail. */
  public static ReplyText pasted(String text) {
    return new ReplyText(text, null, null, null, null, java.util.List.of());
  }

  /**
   * Reads an .eml file; throws IllegalArgumentException with a clear reason when it is not one.
   * {@link ReplyEmail#parse} gives its attachments too.
   */
  public static ReplyText fromEml(byte[] eml) {
    return ReplyEmail.parse(eml).reply();
  }
}
