package org.offerfacts.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offerfacts.reply.ReplyText;

/** Against a real IMAP server on loopback (GreenMail), on a free port. */
class MailboxPollerTest {
  private GreenMail greenMail;
  private GreenMailUser user;
  private MailboxPoller poller;

  @BeforeEach
  void start() {
    greenMail = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
    greenMail.start();
    user = greenMail.setUser("replies@buyer.test", "replies", "s3cret");
    MailboxConfig config = MailboxConfig.fromEnvironment(Map.of(
        "OFFERFACTS_IMAP_HOST", "127.0.0.1",
        "OFFERFACTS_IMAP_PORT", String.valueOf(greenMail.getImap().getPort()),
        "OFFERFACTS_IMAP_USER", "replies",
        "OFFERFACTS_IMAP_PASSWORD", "s3cret",
        "OFFERFACTS_IMAP_SSL", "false")).orElseThrow();
    poller = new MailboxPoller(config);
  }

  @AfterEach
  void stop() {
    greenMail.stop();
  }

  @Test
  void unseen_messages_are_handed_over_as_eml_once() throws Exception {
    user.deliver(reply("Re: Questions [Q-42]", "1. Oui\n2. Non"));
    user.deliver(reply("Re: Questions [Q-43]", "3 - je ne sais pas, je reviens vers vous vendredi"));
    List<ReplyText> received = new ArrayList<>();

    int first = poller.poll(eml -> received.add(ReplyText.fromEml(eml)));
    int second = poller.poll(eml -> received.add(ReplyText.fromEml(eml)));

    assertThat(first).isEqualTo(2);
    assertThat(second).isZero();
    assertThat(received).extracting(ReplyText::subject).containsExactly("Re: Questions [Q-42]", "Re: Questions [Q-43]");
    assertThat(received.get(1).text()).contains("je reviens vers vous vendredi");
  }

  @Test
  void a_message_the_receiver_fails_on_stays_unseen_for_the_next_poll() throws Exception {
    user.deliver(reply("Re: Questions", "1. Oui"));

    int failed = poller.poll(eml -> {
      throw new IllegalStateException("database busy");
    });
    List<byte[]> retried = new ArrayList<>();
    int next = poller.poll(retried::add);

    assertThat(failed).isZero();
    assertThat(next).isEqualTo(1);
    assertThat(retried).hasSize(1);
  }

  @Test
  void configuration_is_read_and_checked_in_one_place() {
    assertThat(MailboxConfig.fromEnvironment(Map.of())).isEmpty();
    MailboxConfig defaults = MailboxConfig.fromEnvironment(Map.of("OFFERFACTS_IMAP_HOST", "imap.example.org",
        "OFFERFACTS_IMAP_USER", "u", "OFFERFACTS_IMAP_PASSWORD", "p")).orElseThrow();
    assertThat(defaults.port()).isEqualTo(993);
    assertThat(defaults.ssl()).isTrue();
    assertThat(defaults.folder()).isEqualTo("INBOX");
    assertThat(defaults.toString()).doesNotContain("p@").isEqualTo("imaps://u@imap.example.org:993/INBOX");
    assertThatThrownBy(() -> MailboxConfig.fromEnvironment(Map.of("OFFERFACTS_IMAP_HOST", "h")))
        .hasMessageContaining("OFFERFACTS_IMAP_USER");
    assertThatThrownBy(() -> MailboxConfig.fromEnvironment(Map.of("OFFERFACTS_IMAP_HOST", "h",
        "OFFERFACTS_IMAP_USER", "u", "OFFERFACTS_IMAP_PASSWORD", "p", "OFFERFACTS_IMAP_PORT", "http")))
        .hasMessageContaining("OFFERFACTS_IMAP_PORT");
  }

  @Test
  void a_wrong_password_is_an_error_not_an_empty_mailbox() {
    MailboxConfig wrong = new MailboxConfig("127.0.0.1", greenMail.getImap().getPort(), "replies", "wrong", "INBOX", false);
    assertThatThrownBy(() -> new MailboxPoller(wrong).poll(eml -> { }))
        .isInstanceOf(jakarta.mail.AuthenticationFailedException.class);
  }

  private static MimeMessage reply(String subject, String text) throws Exception {
    MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
    m.setFrom(new InternetAddress("julie@operateur.test"));
    m.setRecipients(MimeMessage.RecipientType.TO, "replies@buyer.test");
    m.setSubject(subject, "UTF-8");
    m.setSentDate(new java.util.Date());
    m.setText(text, "UTF-8");
    m.saveChanges();
    return m;
  }
}
