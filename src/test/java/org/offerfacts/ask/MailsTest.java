package org.offerfacts.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The .eml read back by Jakarta Mail as a mail program would, and a real SMTP exchange with GreenMail. */
class MailsTest {
  static final Letter LETTER = new Letter("achats@nordlink.example", "[offerfacts Q-12] Questions sur votre offre Nordlink — SDSL",
      "Bonjour,\n\n1. L'IPv6 natif est-il fourni ? Réponse : oui / non / pas encore connu\n");
  static final MailConfig FROM = new MailConfig(null, 0, null, null, "acheteur@buyer.example", false);

  @Test
  void the_eml_parses_back_with_its_message_id_utf_8_subject_and_plain_text_body() throws Exception {
    byte[] eml = new Mails(FROM).eml(LETTER, "<abc.questions@offerfacts>");

    MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
    assertThat(parsed.getMessageID()).isEqualTo("<abc.questions@offerfacts>");
    assertThat(parsed.getSubject()).isEqualTo(LETTER.subject());
    assertThat(parsed.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
    assertThat(parsed.getContent()).isEqualTo(LETTER.body().replace("\n", "\r\n"));
    assertThat(parsed.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString()).isEqualTo("achats@nordlink.example");
    assertThat(parsed.getFrom()[0].toString()).isEqualTo("acheteur@buyer.example");
    assertThat(parsed.getHeader("X-Unsent")).containsExactly("1");
    assertThat(new String(eml, java.nio.charset.StandardCharsets.US_ASCII)).doesNotContain("é");
  }

  @Test
  void smtp_delivers_the_letter_to_a_real_server_on_loopback() throws Exception {
    GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    greenMail.start();
    try {
      MailConfig config = MailConfig.fromEnv(Map.of("OFFERFACTS_SMTP_HOST", "127.0.0.1",
          "OFFERFACTS_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort()),
          "OFFERFACTS_SMTP_FROM", "acheteur@buyer.example", "OFFERFACTS_SMTP_STARTTLS", "false"));

      new Mails(config).send(LETTER, "<abc.questions@offerfacts>");

      assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
      MimeMessage received = greenMail.getReceivedMessages()[0];
      assertThat(received.getSubject()).isEqualTo(LETTER.subject());
      assertThat(received.getMessageID()).isEqualTo("<abc.questions@offerfacts>");
      assertThat(received.getHeader("X-Unsent")).isNull();
      assertThat(((String) received.getContent()).strip()).contains("L'IPv6 natif est-il fourni ?");
      assertThat(received.getAllRecipients()[0].toString()).isEqualTo("achats@nordlink.example");
    } finally {
      greenMail.stop();
    }
  }

  @Test
  void smtp_configuration_is_read_in_one_place_and_refuses_a_host_without_a_sender() {
    assertThat(MailConfig.fromEnv(Map.of()).enabled()).isFalse();
    MailConfig config = MailConfig.fromEnv(Map.of("OFFERFACTS_SMTP_HOST", "smtp.example", "OFFERFACTS_SMTP_FROM", "a@b.example"));
    assertThat(config.port()).isEqualTo(587);
    assertThat(config.startTls()).isTrue();
    assertThatThrownBy(() -> MailConfig.fromEnv(Map.of("OFFERFACTS_SMTP_HOST", "smtp.example")))
        .hasMessageContaining("OFFERFACTS_SMTP_FROM");
    assertThat(new MailConfig("h", 1, "u", "secret-password", "f@x", true).toString()).doesNotContain("secret-password");
    assertThatThrownBy(() -> new Mails(MailConfig.NONE).send(LETTER, "<x@y>")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void attachments_and_sender_of_a_reply_are_read_from_the_eml() throws Exception {
    byte[] eml = AskFixture.replyEml("Commercial Nordlink <commercial@nordlink.example>", "Re: [offerfacts Q-12] Questions",
        "1. Oui\n2. non", "Conditions spéciales.pdf", "application/pdf", "%PDF-1.4 fake".getBytes());

    List<EmlParts.Attached> files = EmlParts.attachments(eml);

    assertThat(EmlParts.from(eml)).isEqualTo("commercial@nordlink.example");
    assertThat(files).singleElement().satisfies(f -> {
      assertThat(f.fileName()).isEqualTo("Conditions spéciales.pdf");
      assertThat(f.mediaType()).isEqualTo("application/pdf");
      assertThat(new String(f.bytes())).isEqualTo("%PDF-1.4 fake");
    });
  }
}
