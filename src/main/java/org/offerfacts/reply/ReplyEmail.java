package org.offerfacts.reply;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.offerfacts.ingest.EmailHeaders;
import org.offerfacts.ingest.EmailParser;
import org.offerfacts.ingest.IngestException;
import org.offerfacts.ingest.MailParts;
import org.offerfacts.ingest.MediaTypes;

/**
 * A reply e-mail read from its .eml bytes: the text the matcher reads and the files attached.
 * The plain part is preferred, as ingestion does; an HTML-only mail keeps its quoted blocks
 * marked with "&gt;" so that the matcher can still tell the supplier's words from the quote.
 */
public record ReplyEmail(ReplyText reply, List<ReplyAttachment> attachments) {
  /** Larger than any real reply with a few PDFs attached; the rest is refused unread. */
  public static final int MAX_BYTES = 25 * 1024 * 1024;
  /** The matcher reads at most this many characters: answers come first, quotes and signatures after. */
  public static final int MAX_TEXT_CHARS = 200_000;
  public static final int MAX_ATTACHMENTS = 20;

  private static final Session SESSION = Session.getInstance(lenient());

  public ReplyEmail {
    attachments = List.copyOf(attachments);
  }

  /** Reads an .eml; throws IllegalArgumentException with the reason when it is not a readable e-mail. */
  public static ReplyEmail parse(byte[] eml) {
    if (eml == null || eml.length == 0) throw new IllegalArgumentException("the file is empty");
    if (eml.length > MAX_BYTES) {
      throw new IllegalArgumentException("the e-mail is " + eml.length / (1024 * 1024) + " MB, above the limit of "
          + MAX_BYTES / (1024 * 1024) + " MB");
    }
    EmailHeaders headers = headers(eml);
    try {
      MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(withoutMboxLine(eml)));
      MailParts parts = MailParts.of(message);
      String text = cap(body(parts));
      ReplyText reply = new ReplyText(text, headers.date() == null ? null : headers.date().toLocalDate(),
          headers.subject(), headers.messageId(), headers.inReplyTo().isEmpty() ? null : headers.inReplyTo().get(0),
          headers.references());
      return new ReplyEmail(reply, attachments(parts.attachments()));
    } catch (MessagingException | IOException | RuntimeException e) {
      throw new IllegalArgumentException("the e-mail cannot be read: " + e.getMessage(), e);
    }
  }

  /** An e-mail has at least a header block with a From, Date or Message-ID and a blank line after it. */
  private static EmailHeaders headers(byte[] eml) {
    EmailHeaders headers;
    try {
      headers = EmailParser.readHeaders(eml);
    } catch (IngestException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    if (headers.from() == null && headers.dateText() == null && headers.messageId() == null) {
      throw new IllegalArgumentException("this is not an e-mail: it has no From, Date or Message-ID header");
    }
    return headers;
  }

  private static String body(MailParts parts) throws IOException, MessagingException {
    List<String> texts = new ArrayList<>();
    if (!parts.plainBodies().isEmpty()) {
      for (Part part : parts.plainBodies()) texts.add(decode(part));
    } else {
      for (Part part : parts.htmlBodies()) texts.add(HtmlReplyText.of(decode(part)));
    }
    return String.join("\n\n", texts).replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Jakarta Mail undoes quoted-printable and base64 and applies the declared charset. */
  private static String decode(Part part) throws IOException, MessagingException {
    try {
      Object content = part.getContent();
      if (content instanceof String text) return text;
    } catch (IOException unknownCharset) {
      // an unknown or misspelt charset label: read the bytes as UTF-8, the usual truth
    }
    try (InputStream in = part.getInputStream()) {
      return new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
    }
  }

  /** Files saved from mbox start with a "From sender date" line that is not a header. */
  private static byte[] withoutMboxLine(byte[] eml) {
    if (eml.length < 5 || !new String(eml, 0, 5, StandardCharsets.US_ASCII).equals("From ")) return eml;
    int newline = 0;
    while (newline < eml.length && eml[newline] != '\n') newline++;
    return java.util.Arrays.copyOfRange(eml, Math.min(eml.length, newline + 1), eml.length);
  }

  private static String cap(String text) {
    return text.length() <= MAX_TEXT_CHARS ? text : text.substring(0, MAX_TEXT_CHARS);
  }

  private static List<ReplyAttachment> attachments(List<Part> parts) throws IOException, MessagingException {
    List<ReplyAttachment> files = new ArrayList<>();
    for (Part part : parts) {
      if (files.size() == MAX_ATTACHMENTS) break;
      byte[] bytes;
      try (InputStream in = part.getInputStream()) {
        bytes = in.readNBytes(MAX_BYTES);
      }
      String type = MediaTypes.baseType(part.getContentType());
      String name = MailParts.fileName(part);
      files.add(new ReplyAttachment(name != null ? name : madeUpName(files.size() + 1, type), type, bytes));
    }
    return files;
  }

  private static String madeUpName(int index, String type) {
    String extension = switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
      case "application/pdf" -> ".pdf";
      case "message/rfc822" -> ".eml";
      case "text/html" -> ".html";
      case "text/plain" -> ".txt";
      default -> ".bin";
    };
    return "attachment-" + index + extension;
  }

  private static Properties lenient() {
    Properties properties = new Properties();
    properties.setProperty("mail.mime.decodefilename", "true");
    properties.setProperty("mail.mime.decodetext.strict", "false");
    properties.setProperty("mail.mime.parameters.strict", "false");
    properties.setProperty("mail.mime.allowutf8", "true");
    return properties;
  }
}
