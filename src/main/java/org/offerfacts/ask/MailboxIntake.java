package org.offerfacts.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.offerfacts.mailbox.MailboxConfig;
import org.offerfacts.mailbox.MailboxPoller;
import org.offerfacts.reply.ReplyText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replies that arrive in the app's mailbox (OFFERFACTS_IMAP_*) land beside their question list,
 * waiting for the same review screen as a pasted reply: nothing is recorded as a fact before a
 * person has confirmed it.
 */
public final class MailboxIntake implements MailboxPoller.Receiver, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(MailboxIntake.class);

  private final Asking asking;
  private ScheduledExecutorService schedule;

  public MailboxIntake(Asking asking) {
    this.asking = asking;
  }

  /** Polls every {@code minutes} when a mailbox is configured; otherwise does nothing. */
  public void start(java.util.Map<String, String> env, int minutes) {
    MailboxConfig config = MailboxConfig.fromEnvironment(env).orElse(null);
    if (config == null) return;
    MailboxPoller poller = new MailboxPoller(config);
    schedule = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "offerfacts-mailbox");
      t.setDaemon(true);
      return t;
    });
    schedule.scheduleWithFixedDelay(() -> {
      try {
        int read = poller.poll(this);
        if (read > 0) log.info("mailbox: {} new message(s)", read);
      } catch (Exception e) {
        log.warn("mailbox: cannot read {}@{}: {}", config.user(), config.host(), e.getMessage());
      }
    }, 0, minutes, TimeUnit.MINUTES);
    log.info("mailbox: reading {}@{} every {} min", config.user(), config.host(), minutes);
  }

  /**
   * A reply to one of our lists waits for review; an offer a colleague forwards with the offer's
   * tag in the subject ("[offer 12]" or "[offre 12]", as the offer page shows it) is read like an
   * upload to that offer, its attachments as documents of their own. Anything else is left aside
   * with a log line, not an error.
   */
  @Override
  public void receive(byte[] eml) {
    ReplyText reply = ReplyText.fromEml(eml);
    List<String> ids = new ArrayList<>(reply.references());
    if (reply.inReplyTo() != null) ids.add(0, reply.inReplyTo());
    var list = asking.lists.answeredBy(reply.subject(), ids);
    if (list.isPresent()) {
      long id = asking.replies.add(list.get().id(), EmlParts.from(eml), eml, "message/rfc822", reply.text());
      log.info("mailbox: reply {} to {} waits for review", id, list.get().reference());
      return;
    }
    java.util.regex.Matcher tag = FORWARDED_TO.matcher(reply.subject() == null ? "" : reply.subject());
    if (tag.find() && asking.app.offers.find(Long.parseLong(tag.group(1))).isPresent()) {
      long offerId = Long.parseLong(tag.group(1));
      asking.app.runner.submit(asking.app.jobs.queueUpload(offerId, "forwarded.eml", eml, "message/rfc822"));
      log.info("mailbox: a forwarded offer ({}) is read into offer {}", reply.subject(), offerId);
      return;
    }
    log.info("mailbox: a message ({}) answers none of our question lists and names no offer", reply.subject());
  }

  private static final java.util.regex.Pattern FORWARDED_TO =
      java.util.regex.Pattern.compile("\\[(?:offer|offre) (\\d{1,12})]", java.util.regex.Pattern.CASE_INSENSITIVE);

  @Override
  public void close() {
    if (schedule != null) schedule.shutdownNow();
  }
}
