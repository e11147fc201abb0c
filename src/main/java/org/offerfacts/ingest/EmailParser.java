package org.offerfacts.ingest;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Reads an e-mail (.eml): a short header block and the body as one page, and its PDF and HTML
 * attachments and forwarded messages as documents of their own. The plain-text body is preferred
 * over the HTML one, as the sender's client wrote both from the same source.
 */
public final class EmailParser implements DocumentParser {

  /** A forward of a forward of a forward is still read; deeper nesting is a warning. */
  private static final int MAX_NESTED_MESSAGES = 3;
  private static final Session SESSION = Session.getInstance(lenientParsing());

  private final MailAttachments attachments;

  /** @param attachmentParsers reads the PDF and HTML attachments */
  public EmailParser(ParserRegistry attachmentParsers) {
    this.attachments = new MailAttachments(attachmentParsers, this::parse);
  }

  @Override
  public Set<String> mediaTypes() {
    return Set.of(MediaTypes.EMAIL);
  }

  @Override
  public IngestedDocument parse(DocumentSource source, IngestLimits limits) throws IngestException {
    return parse(source, limits, 0);
  }

  /** The identifying headers of an e-mail: date, sender, message ids for thread matching. */
  public static EmailHeaders readHeaders(byte[] eml) throws IngestException {
    try {
      return EmailHeaders.of(open(eml));
    } catch (MessagingException | RuntimeException e) {
      throw malformed(e);
    }
  }

  private IngestedDocument parse(DocumentSource source, IngestLimits limits, int depth) throws IngestException {
    if (source.bytes().length > limits.maxBytes()) {
      throw new IngestException(IngestException.Reason.TOO_LARGE,
          "the e-mail is " + Sizes.describe(source.bytes().length) + ", above the limit of " + Sizes.describe(limits.maxBytes()));
    }
    try {
      MimeMessage message = open(source.bytes());
      EmailHeaders headers = EmailHeaders.of(message);
      MailParts parts = MailParts.of(message);
      List<String> warnings = new ArrayList<>(parts.warnings());
      String body = body(parts, limits);
      if (body.isBlank()) warnings.add("the e-mail has no text body");

      List<IngestedDocument> attached = List.of();
      if (depth < MAX_NESTED_MESSAGES) {
        MailAttachments.Result result = attachments.read(parts.attachments(), source.source(), limits, depth);
        attached = result.documents();
        warnings.addAll(result.warnings());
      } else if (!parts.attachments().isEmpty()) {
        warnings.add("attachments of messages forwarded more than " + MAX_NESTED_MESSAGES + " times deep were skipped");
      }
      String text = TextNormalizer.normalize(headerBlock(headers) + body).strip();
      String language = Languages.frOrEn(EmailHeaders.header(message, "Content-Language"));
      return new IngestedDocument(source.source(), headers.subject(), language, MediaTypes.EMAIL,
          new ExtractedText(List.of(new Page(1, text)), warnings, true), attached);
    } catch (MessagingException | IOException | RuntimeException e) {
      throw malformed(e);
    }
  }

  /** "From: …\nTo: …\nDate: …\nSubject: …\n\n", leaving out the headers the mail lacks. */
  private static String headerBlock(EmailHeaders headers) {
    StringBuilder block = new StringBuilder();
    appendHeader(block, "From", headers.from());
    appendHeader(block, "To", headers.to());
    appendHeader(block, "Date", headers.dateText());
    appendHeader(block, "Subject", headers.subject());
    return block.length() == 0 ? "" : block.append('\n').toString();
  }

  private static void appendHeader(StringBuilder block, String name, String value) {
    if (value != null && !value.isBlank()) block.append(name).append(": ").append(value).append('\n');
  }

  /** The plain-text parts if any, else the HTML parts converted like an HTML page. */
  private static String body(MailParts parts, IngestLimits limits) throws IOException, MessagingException, IngestException {
    List<String> texts = new ArrayList<>();
    if (!parts.plainBodies().isEmpty()) {
      for (Part part : parts.plainBodies()) texts.add(decode(part, false).strip());
    } else {
      for (Part part : parts.htmlBodies()) texts.add(HtmlParser.textOf(decode(part, true), limits));
    }
    return String.join("\n\n", texts);
  }

  /**
   * The part's text: Jakarta Mail undoes quoted-printable and base64; the charset comes from the
   * part, else (HTML) its meta declaration, else UTF-8 or windows-1252 by validity.
   */
  private static String decode(Part part, boolean html) throws IOException, MessagingException {
    byte[] bytes;
    try (InputStream in = part.getInputStream()) {
      bytes = in.readAllBytes();
    }
    Charset declared = TextDecoding.charsetForLabel(MediaTypes.charsetParameter(part.getContentType()));
    if (declared != null) return TextDecoding.decodeWith(bytes, declared);
    return html ? TextDecoding.decodeWith(bytes, HtmlCharset.detect(bytes, null)) : TextDecoding.decode(bytes);
  }

  private static MimeMessage open(byte[] eml) throws MessagingException {
    return new MimeMessage(SESSION, new ByteArrayInputStream(withoutMboxLine(eml)));
  }

  /** Files saved from mbox start with a "From sender date" line that is not a header. */
  private static byte[] withoutMboxLine(byte[] eml) {
    if (eml.length < 5 || eml[0] != 'F' || !new String(eml, 0, 5, StandardCharsets.US_ASCII).equals("From ")) return eml;
    int newline = 0;
    while (newline < eml.length && eml[newline] != '\n') newline++;
    return java.util.Arrays.copyOfRange(eml, Math.min(eml.length, newline + 1), eml.length);
  }

  private static Properties lenientParsing() {
    Properties properties = new Properties();
    properties.setProperty("mail.mime.decodefilename", "true"); // Outlook encodes names RFC 2047-style
    properties.setProperty("mail.mime.decodetext.strict", "false");
    properties.setProperty("mail.mime.address.strict", "false");
    properties.setProperty("mail.mime.parameters.strict", "false");
    properties.setProperty("mail.mime.allowutf8", "true"); // raw UTF-8 headers from modern clients
    return properties;
  }

  private static IngestException malformed(Exception e) {
    return new IngestException(IngestException.Reason.MALFORMED, "the e-mail cannot be read: " + e.getMessage(), e);
  }
}
