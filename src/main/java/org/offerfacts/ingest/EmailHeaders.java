package org.offerfacts.ingest;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers of an e-mail that identify it and its thread, decoded (RFC 2047). Message ids are
 * given without their angle brackets, so "&lt;a1@acme.fr&gt;" in References matches "a1@acme.fr".
 *
 * @param subject     the decoded subject, or null
 * @param from        the sender as written, e.g. "Service Pro &lt;pro@acme.fr&gt;", or null
 * @param fromAddress the sender's address only, e.g. "pro@acme.fr", or null
 * @param to          the recipients as written, or null
 * @param dateText    the Date header as written, or null
 * @param date        the Date header with its offset, or null when absent or unreadable
 * @param messageId   this message's id, or null
 * @param inReplyTo   ids of the messages this one answers
 * @param references  ids of the thread, oldest first
 */
public record EmailHeaders(
    String subject,
    String from,
    String fromAddress,
    String to,
    String dateText,
    OffsetDateTime date,
    String messageId,
    List<String> inReplyTo,
    List<String> references) {

  private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
  /** Comments such as "(CEST)" after the offset are allowed by RFC 5322 and unknown to java.time. */
  private static final Pattern DATE_COMMENT = Pattern.compile("\\s*\\([^)]*\\)\\s*$");

  public EmailHeaders {
    inReplyTo = List.copyOf(inReplyTo);
    references = List.copyOf(references);
  }

  static EmailHeaders of(MimeMessage message) throws MessagingException {
    String dateText = header(message, "Date");
    InternetAddress sender = firstAddress(message.getHeader("From", ","));
    return new EmailHeaders(
        blankToNull(message.getSubject()),
        addresses(message, "From"),
        sender == null ? null : sender.getAddress(),
        addresses(message, "To"),
        dateText,
        date(dateText, message),
        firstId(message.getHeader("Message-ID", " ")),
        ids(message.getHeader("In-Reply-To", " ")),
        ids(message.getHeader("References", " ")));
  }

  /** A header's raw value decoded from RFC 2047, or null. */
  static String header(MimeMessage message, String name) throws MessagingException {
    String raw = message.getHeader(name, ", ");
    if (raw == null || raw.isBlank()) return null;
    try {
      return MimeUtility.decodeText(MimeUtility.unfold(raw)).strip();
    } catch (UnsupportedEncodingException e) {
      return MimeUtility.unfold(raw).strip();
    }
  }

  /** Addresses as people read them ("Élodie Martin <e.martin@acme.fr>"), or the raw header. */
  private static String addresses(MimeMessage message, String name) throws MessagingException {
    String raw = message.getHeader(name, ",");
    if (raw == null || raw.isBlank()) return null;
    try {
      InternetAddress[] parsed = InternetAddress.parseHeader(raw, false);
      List<String> shown = new ArrayList<>();
      for (InternetAddress address : parsed) shown.add(shown(address));
      return shown.isEmpty() ? header(message, name) : String.join(", ", shown);
    } catch (MessagingException e) {
      return header(message, name);
    }
  }

  /** Name and address without the quotes toUnicodeString() adds around accented names. */
  private static String shown(InternetAddress address) {
    String personal = address.getPersonal();
    if (personal == null || personal.isBlank()) return address.getAddress();
    return personal.strip() + " <" + address.getAddress() + ">";
  }

  private static InternetAddress firstAddress(String raw) {
    if (raw == null) return null;
    try {
      InternetAddress[] parsed = InternetAddress.parseHeader(raw, false);
      return parsed.length == 0 ? null : parsed[0];
    } catch (MessagingException e) {
      return null;
    }
  }

  /** RFC 5322 dates keep their offset; odd forms fall back to Jakarta Mail's lenient parser (UTC). */
  private static OffsetDateTime date(String text, MimeMessage message) throws MessagingException {
    if (text == null) return null;
    try {
      String cleaned = DATE_COMMENT.matcher(text).replaceAll("").replaceAll("\\s+", " ");
      return OffsetDateTime.parse(cleaned, DateTimeFormatter.RFC_1123_DATE_TIME);
    } catch (DateTimeParseException e) {
      Date lenient = message.getSentDate();
      return lenient == null ? null : lenient.toInstant().atOffset(ZoneOffset.UTC);
    }
  }

  private static String firstId(String raw) {
    List<String> ids = ids(raw);
    if (!ids.isEmpty()) return ids.get(0);
    return raw == null || raw.isBlank() ? null : raw.strip();
  }

  private static List<String> ids(String raw) {
    List<String> ids = new ArrayList<>();
    if (raw == null) return ids;
    Matcher matcher = MESSAGE_ID.matcher(raw);
    while (matcher.find()) ids.add(matcher.group(1));
    return ids;
  }

  private static String blankToNull(String value) {
    if (value == null) return null;
    String stripped = TextNormalizer.normalize(value).strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
