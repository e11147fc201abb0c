package org.offerfacts.ask;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.Properties;

/**
 * Letters as real e-mails (Jakarta Mail): a .eml file to open in the reader's mail program, or a
 * message sent through the configured SMTP server. Both carry the list's Message-ID, so that a
 * reply's In-Reply-To leads back to its list.
 */
public final class Mails {
  private final MailConfig config;

  public Mails(MailConfig config) {
    this.config = config;
  }

  public boolean canSend() {
    return config.enabled();
  }

  /** The letter as a text/plain UTF-8 message; {@code messageId} like "&lt;abc@offerfacts&gt;". */
  public MimeMessage message(Letter letter, String messageId) {
    try {
      MimeMessage message = new FixedIdMessage(Session.getInstance(new Properties()), messageId);
      if (config.from() != null) message.setFrom(new InternetAddress(config.from()));
      if (letter.to() != null && !letter.to().isBlank()) {
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(letter.to(), true));
      }
      message.setSubject(letter.subject(), "UTF-8");
      message.setText(letter.body(), "UTF-8", "plain");
      message.setSentDate(new Date());
      message.setHeader("X-Unsent", "1");
      message.saveChanges();
      return message;
    } catch (MessagingException e) {
      throw new IllegalArgumentException("cannot write this e-mail: " + e.getMessage(), e);
    }
  }

  /** The .eml bytes; X-Unsent makes Outlook and Thunderbird open it as a draft to send. */
  public byte[] eml(Letter letter, String messageId) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      message(letter, messageId).writeTo(out);
      return out.toByteArray();
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException("cannot write an e-mail to memory", e);
    }
  }

  /** Sends through the configured SMTP server; the letter must name its recipient. */
  public void send(Letter letter, String messageId) throws MessagingException {
    if (!config.enabled()) throw new IllegalStateException("no SMTP server is configured (OFFERFACTS_SMTP_HOST)");
    if (letter.to() == null || letter.to().isBlank()) throw new IllegalArgumentException("the recipient's address is required");
    MimeMessage message = message(letter, messageId);
    message.removeHeader("X-Unsent");
    Properties props = new Properties();
    props.put("mail.smtp.host", config.host());
    props.put("mail.smtp.port", String.valueOf(config.port()));
    props.put("mail.smtp.starttls.enable", String.valueOf(config.startTls()));
    props.put("mail.smtp.starttls.required", String.valueOf(config.startTls()));
    props.put("mail.smtp.auth", String.valueOf(config.user() != null));
    props.put("mail.smtp.connectiontimeout", "10000");
    props.put("mail.smtp.timeout", "20000");
    Session session = Session.getInstance(props);
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect(config.host(), config.port(), config.user(), config.password());
      transport.sendMessage(message, message.getAllRecipients());
    }
  }

  /** Jakarta Mail replaces the Message-ID on saveChanges; ours must stay the one stored with the list. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String id;

    FixedIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
