package org.offerfacts.ingest;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Sorts the parts of a message into body text (plain and HTML) and attachments. The MIME tree is
 * walked with an explicit stack and a depth cap: a message nesting multiparts thousands deep
 * must neither overflow the stack nor take minutes.
 *
 * @param plainBodies inline text/plain parts, in order (mail clients split a body around images)
 * @param htmlBodies  inline text/html parts, in order
 * @param attachments everything else: files, images, nested messages
 */
public record MailParts(List<Part> plainBodies, List<Part> htmlBodies, List<Part> attachments, List<String> warnings) {

  private static final int MAX_MIME_DEPTH = 20;

  private record Pending(Part part, int depth) {}

  public static MailParts of(Part message) throws MessagingException {
    List<Part> plain = new ArrayList<>();
    List<Part> html = new ArrayList<>();
    List<Part> attachments = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Deque<Pending> stack = new ArrayDeque<>();
    stack.push(new Pending(message, 0));
    while (!stack.isEmpty()) {
      Pending next = stack.pop();
      Part part = next.part();
      if (part.isMimeType("multipart/*")) {
        if (next.depth() >= MAX_MIME_DEPTH) {
          warnings.add("parts nested deeper than " + MAX_MIME_DEPTH + " levels were skipped");
          continue;
        }
        MimeMultipart multipart = new MimeMultipart(new MimePartDataSource((MimePart) part));
        for (int i = multipart.getCount() - 1; i >= 0; i--) stack.push(new Pending(multipart.getBodyPart(i), next.depth() + 1));
      } else if (isInlineText(part, "text/plain")) {
        plain.add(part);
      } else if (isInlineText(part, "text/html")) {
        html.add(part);
      } else {
        attachments.add(part); // a message whose whole body is a PDF has that PDF as its attachment
      }
    }
    return new MailParts(plain, html, attachments, warnings);
  }

  /** Text meant to be read in the mail, not a file attached to it. */
  private static boolean isInlineText(Part part, String mimeType) throws MessagingException {
    if (!part.isMimeType(mimeType)) return false;
    String disposition;
    try {
      disposition = part.getDisposition();
    } catch (MessagingException e) {
      disposition = null; // an unreadable disposition is no reason to lose the body
    }
    if (Part.ATTACHMENT.equalsIgnoreCase(disposition)) return false;
    return fileName(part) == null || disposition != null;
  }

  /** The part's file name, RFC 2047/2231 decoded, or null when absent or unreadable. */
  public static String fileName(Part part) {
    try {
      String name = part.getFileName();
      return name == null || name.isBlank() ? null : name.strip();
    } catch (MessagingException e) {
      return null;
    }
  }
}
