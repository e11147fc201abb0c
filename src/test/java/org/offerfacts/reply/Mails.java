package org.offerfacts.reply;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.util.Properties;

/** Reply e-mails built the way mail clients write them, as .eml bytes. */
final class Mails {
  private static final Session SESSION = Session.getInstance(new Properties());

  private Mails() {}

  static MimeMessage headed(String date) throws Exception {
    MimeMessage m = new MimeMessage(SESSION);
    m.setFrom(new InternetAddress("julie.martin@operateur.fr", "Julie Martin"));
    m.setRecipients(MimeMessage.RecipientType.TO, "marc@acheteur.fr");
    m.setSubject("Re: Questions sur votre offre [Q-42] — réponses", "UTF-8");
    m.setHeader("Date", date);
    m.setHeader("In-Reply-To", "<q42@acheteur.fr>");
    m.setHeader("References", "<q41@acheteur.fr> <q42@acheteur.fr>");
    return m;
  }

  /** multipart/alternative: the plain part quoted-printable, the HTML part base64. */
  static byte[] alternative(String plain, String html) throws Exception {
    MimeMessage m = headed("Tue, 24 Nov 2026 23:30:00 -0500");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(part(plain, "text/plain; charset=UTF-8", "quoted-printable"));
    alternative.addBodyPart(part(html, "text/html; charset=UTF-8", "base64"));
    m.setContent(alternative);
    return bytes(m, "<reply1@operateur.fr>");
  }

  static byte[] htmlOnly(String html) throws Exception {
    MimeMessage m = headed("Tue, 24 Nov 2026 09:15:00 +0100");
    m.setContent(html, "text/html; charset=UTF-8");
    m.setHeader("Content-Transfer-Encoding", "base64");
    return bytes(m, "<reply2@operateur.fr>");
  }

  static byte[] plain(String text, String charset, String encoding) throws Exception {
    MimeMessage m = headed("Tue, 24 Nov 2026 09:15:00 +0100");
    m.setText(text, charset);
    m.setHeader("Content-Transfer-Encoding", encoding);
    return bytes(m, "<reply3@operateur.fr>");
  }

  /** A plain body with a PDF and a forwarded message attached. */
  static byte[] withAttachments(String text, byte[] pdf, byte[] forwarded) throws Exception {
    MimeMessage m = headed("Tue, 24 Nov 2026 09:15:00 +0100");
    MimeMultipart mixed = new MimeMultipart("mixed");
    mixed.addBodyPart(part(text, "text/plain; charset=UTF-8", "quoted-printable"));
    MimeBodyPart file = new MimeBodyPart();
    file.setContent(pdf, "application/pdf");
    file.setFileName("Fiche technique Fibre Pro é.pdf");
    file.setDisposition("attachment");
    file.setHeader("Content-Transfer-Encoding", "base64");
    mixed.addBodyPart(file);
    MimeBodyPart message = new MimeBodyPart();
    message.setContent(new MimeMessage(SESSION, new java.io.ByteArrayInputStream(forwarded)), "message/rfc822");
    mixed.addBodyPart(message);
    m.setContent(mixed);
    return bytes(m, "<reply4@operateur.fr>");
  }

  private static MimeBodyPart part(String text, String type, String encoding) throws Exception {
    MimeBodyPart part = new MimeBodyPart();
    part.setContent(text, type);
    part.setHeader("Content-Type", type);
    part.setHeader("Content-Transfer-Encoding", encoding);
    return part;
  }

  private static byte[] bytes(MimeMessage m, String messageId) throws Exception {
    m.saveChanges();
    m.setHeader("Message-ID", messageId);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.writeTo(out);
    return out.toByteArray();
  }
}
