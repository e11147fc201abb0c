package org.offerfacts.mailbox;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the unseen messages of one IMAP folder and hands each, as .eml bytes, to a callback; a
 * message is marked seen only once the callback has taken it, so a failure is retried at the next
 * poll. One poll, one connection: the caller schedules polls (e.g. every few minutes).
 */
public final class MailboxPoller {
  /** What becomes of each new message; throwing leaves it unseen for the next poll. */
  @FunctionalInterface
  public interface Receiver {
    void receive(byte[] eml) throws Exception;
  }

  public static final int MAX_MESSAGES_PER_POLL = 100;
  public static final int MAX_MESSAGE_BYTES = 25 * 1024 * 1024;
  private static final int TIMEOUT_MILLIS = 30_000;
  private static final Logger LOG = LoggerFactory.getLogger(MailboxPoller.class);

  private final MailboxConfig config;

  public MailboxPoller(MailboxConfig config) {
    this.config = config;
  }

  /** @return how many messages the receiver took */
  public int poll(Receiver receiver) throws MessagingException {
    String protocol = config.ssl() ? "imaps" : "imap";
    Session session = Session.getInstance(properties(protocol));
    try (Store store = session.getStore(protocol)) {
      store.connect(config.host(), config.port(), config.user(), config.password());
      Folder folder = store.getFolder(config.folder());
      folder.open(Folder.READ_WRITE);
      try {
        return receiveUnseen(folder, receiver);
      } finally {
        folder.close(false);
      }
    }
  }

  private int receiveUnseen(Folder folder, Receiver receiver) throws MessagingException {
    Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
    int taken = 0;
    for (int i = 0; i < Math.min(unseen.length, MAX_MESSAGES_PER_POLL); i++) {
      Message message = unseen[i];
      if (message.getSize() > MAX_MESSAGE_BYTES) {
        LOG.warn("mailbox {}: message {} is {} bytes, above the limit; marked seen and skipped", config,
            message.getMessageNumber(), message.getSize());
        message.setFlag(Flags.Flag.SEEN, true);
        continue;
      }
      try {
        receiver.receive(bytes(message));
        message.setFlag(Flags.Flag.SEEN, true);
        taken++;
      } catch (Exception e) {
        message.setFlag(Flags.Flag.SEEN, false); // reading the body marked it seen
        LOG.warn("mailbox {}: message {} left unseen for the next poll: {}", config, message.getMessageNumber(),
            e.toString());
      }
    }
    return taken;
  }

  private static byte[] bytes(Message message) throws IOException, MessagingException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(new CappedOutput(out));
    return out.toByteArray();
  }

  private static Properties properties(String protocol) {
    Properties p = new Properties();
    p.setProperty("mail." + protocol + ".connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
    p.setProperty("mail." + protocol + ".timeout", String.valueOf(TIMEOUT_MILLIS));
    p.setProperty("mail." + protocol + ".writetimeout", String.valueOf(TIMEOUT_MILLIS));
    if (protocol.equals("imaps")) p.setProperty("mail.imaps.ssl.checkserveridentity", "true");
    return p;
  }

  /** A server may announce a small size and send more: the copy stops at the limit. */
  private static final class CappedOutput extends OutputStream {
    private final ByteArrayOutputStream out;

    CappedOutput(ByteArrayOutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      check(1);
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      check(len);
      out.write(b, off, len);
    }

    private void check(int more) throws IOException {
      if (out.size() + more > MAX_MESSAGE_BYTES) throw new IOException("message larger than " + MAX_MESSAGE_BYTES + " bytes");
    }
  }
}
