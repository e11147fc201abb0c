package org.offerfacts.ask;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What the reply contract does not carry but the import needs: the sender, and the attached
 * files, which become documents of the offer. Capped, since an e-mail is untrusted input.
 */
final class EmlParts {
  static final int MAX_ATTACHMENTS = 20;
  static final int MAX_ATTACHMENT = 20 * 1024 * 1024;

  private EmlParts() {}

  /** An attached file. */
  record Attached(String fileName, String mediaType, byte[] bytes) {}

  static String from(byte[] eml) {
    try {
      Address[] from = parse(eml).getFrom();
      if (from == null || from.length == 0) return null;
      return from[0] instanceof InternetAddress a ? a.getAddress() : from[0].toString();
    } catch (MessagingException e) {
      return null;
    }
  }

  static List<Attached> attachments(byte[] eml) {
    List<Attached> out = new ArrayList<>();
    try {
      collect(parse(eml), out, 0);
    } catch (MessagingException | IOException e) {
      throw new IllegalArgumentException("the e-mail's attachments cannot be read: " + e.getMessage(), e);
    }
    return out;
  }

  private static void collect(Part part, List<Attached> out, int depth) throws MessagingException, IOException {
    if (depth > 10 || out.size() >= MAX_ATTACHMENTS) return;
    if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multi) {
      for (int i = 0; i < multi.getCount(); i++) collect(multi.getBodyPart(i), out, depth + 1);
      return;
    }
    String name = part.getFileName();
    if (name == null && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) return;
    try (InputStream in = part.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_ATTACHMENT + 1);
      if (bytes.length > MAX_ATTACHMENT) return;
      String type = part.getContentType() == null ? "application/octet-stream" : part.getContentType().split(";")[0].strip();
      out.add(new Attached(org.offerfacts.web.OfferPages.safeName(name == null ? "attachment" : MimeUtility.decodeText(name)),
          type, bytes));
    }
  }

  private static MimeMessage parse(byte[] eml) throws MessagingException {
    return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
  }
}
