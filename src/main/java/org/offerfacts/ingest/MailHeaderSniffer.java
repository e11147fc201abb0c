package org.offerfacts.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises an RFC 822 message by its header block: header lines from the very first line up
 * to a blank line. A text that merely starts with "Subject: …" followed by prose is not a mail.
 */
final class MailHeaderSniffer {

  /** Headers a real message starts with; other names only count when the name or type says mail. */
  private static final Set<String> OPENING_HEADERS = Set.of(
      "from", "received", "mime-version", "subject", "return-path", "date", "to", "message-id",
      "delivered-to", "reply-to", "sender", "dkim-signature", "authentication-results",
      "x-mozilla-status", "x-original-to", "arc-seal", "thread-topic", "x-ms-exchange-organization-authas");
  /** RFC 5322 field name: printable ASCII except colon, then a colon. */
  private static final Pattern HEADER_LINE = Pattern.compile("^([!-9;-~]+):.*");
  private static final int MIN_HEADERS = 2;

  private MailHeaderSniffer() {}

  /**
   * @param text          the start of the document, decoded
   * @param mailHint      the declared type or file name says message/rfc822
   * @param textIsPartial the sample was cut, so a missing blank line may lie beyond it
   */
  static boolean startsWithHeaderBlock(String text, boolean mailHint, boolean textIsPartial) {
    String[] lines = text.split("\r?\n", -1);
    int first = isMboxSeparator(lines[0]) ? 1 : 0;
    if (first >= lines.length) return false;
    var opening = HEADER_LINE.matcher(lines[first]);
    if (!opening.matches()) return false;
    boolean knownOpening = OPENING_HEADERS.contains(opening.group(1).toLowerCase(Locale.ROOT));
    if (!knownOpening && !mailHint) return false;

    int headers = 0;
    for (int i = first; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) return headers >= MIN_HEADERS;
      if (HEADER_LINE.matcher(line).matches()) {
        headers++;
      } else if (!(line.startsWith(" ") || line.startsWith("\t"))) {
        return false; // prose after a "Subject:" line: a note, not a message
      }
    }
    // No blank line in what we saw: only a cut sample may still hold one.
    return textIsPartial && headers >= MIN_HEADERS;
  }

  /** mbox files (and some "save as" exports) start with "From sender date" before the headers. */
  static boolean isMboxSeparator(String line) {
    return line.startsWith("From ") && line.length() > 5;
  }
}
