package org.offerfacts.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyEmailTest {
  private static final ReplyMatcher MATCHER = new ReplyMatcher(Sheets.CATALOG);
  private static final QuestionSheet FR = ReplyShapes.FR;

  @Test
  void alternative_mail_gives_its_plain_part_headers_and_the_date_in_the_senders_offset() throws Exception {
    String plain = "1. Oui, déjà activé en natif\n2. Non\n\n" + Sheets.quoted(FR);
    byte[] eml = Mails.alternative(plain, "<p>HTML part that must not be read</p>");

    ReplyText reply = ReplyText.fromEml(eml);

    assertThat(new String(eml, StandardCharsets.US_ASCII)).contains("quoted-printable").contains("=C3=A9");
    assertThat(reply.text()).contains("1. Oui, déjà activé en natif").doesNotContain("HTML part");
    assertThat(reply.date()).isEqualTo(LocalDate.of(2026, 11, 24)); // 25 November in UTC
    assertThat(reply.subject()).isEqualTo("Re: Questions sur votre offre [Q-42] — réponses");
    assertThat(reply.messageId()).isEqualTo("reply1@operateur.fr");
    assertThat(reply.inReplyTo()).isEqualTo("q42@acheteur.fr");
    assertThat(reply.references()).containsExactly("q41@acheteur.fr", "q42@acheteur.fr");
    assertThat(MATCHER.match(FR, reply.text(), reply.date())).extracting(Answer::kind)
        .containsExactly(Answer.Kind.YES, Answer.Kind.NO);
  }

  @Test
  void html_only_mail_keeps_its_blockquote_as_quoted_lines_so_interleaved_answers_are_found() throws Exception {
    String html = "<html><body><div>Bonjour Marc, réponses ci-dessous.</div>"
        + "<blockquote type=\"cite\"><p>1. " + FR.questions().get(0).text() + "<br>(oui / non / pas encore connu)</p></blockquote>"
        + "<div>Oui, en natif&nbsp;!</div>"
        + "<blockquote type=\"cite\"><p>4. " + FR.questions().get(3).text() + "</p></blockquote>"
        + "<p>4&nbsp;heures, 24h/24.</p><p>Cordialement,<br>Julie</p></body></html>";

    ReplyText reply = ReplyText.fromEml(Mails.htmlOnly(html));

    assertThat(reply.text()).contains("> 1. L'IPv6 natif").contains("> (oui / non / pas encore connu)")
        .contains("\nOui, en natif !");
    assertThat(MATCHER.match(FR, reply.text(), reply.date())).extracting(ReplyMatcherScoreTest::compact)
        .containsExactly("1 yes", "4 value 4");
  }

  @Test
  void quoted_printable_latin1_and_base64_bodies_are_decoded_with_their_charset() throws Exception {
    String text = "3 - je ne sais pas, je reviens vers vous vendredi. Très cordialement, Hélène";
    ReplyText latin1 = ReplyText.fromEml(Mails.plain(text, "ISO-8859-1", "quoted-printable"));
    ReplyText base64 = ReplyText.fromEml(Mails.plain(text, "UTF-8", "base64"));

    assertThat(latin1.text().strip()).isEqualTo(text);
    assertThat(base64.text().strip()).isEqualTo(text);
    assertThat(MATCHER.match(FR, latin1.text(), latin1.date())).extracting(ReplyMatcherScoreTest::compact)
        .containsExactly("3 promised 2026-11-27");
  }

  @Test
  void attachments_are_exposed_with_name_type_and_bytes() throws Exception {
    byte[] pdf = "%PDF-1.4 fake but bytes all the same".getBytes(StandardCharsets.US_ASCII);
    byte[] forwarded = Mails.plain("1. Oui", "UTF-8", "7bit");

    ReplyEmail mail = ReplyEmail.parse(Mails.withAttachments("Voir la fiche jointe.\n2. Non", pdf, forwarded));

    assertThat(mail.reply().text()).contains("2. Non");
    List<ReplyAttachment> files = mail.attachments();
    assertThat(files).hasSize(2);
    assertThat(files.get(0).fileName()).isEqualTo("Fiche technique Fibre Pro é.pdf");
    assertThat(files.get(0).mediaType()).isEqualTo("application/pdf");
    assertThat(files.get(0).bytes()).isEqualTo(pdf);
    assertThat(files.get(1).mediaType()).isEqualTo("message/rfc822");
    assertThat(files.get(1).fileName()).endsWith(".eml");
    assertThat(new String(files.get(1).bytes(), StandardCharsets.UTF_8)).contains("1. Oui");
  }

  @Test
  void a_forwarded_chain_is_read_from_the_forwarded_reply_when_the_note_above_answers_nothing() throws Exception {
    String text = "Pour info, la réponse de l'opérateur ci-dessous.\n\nMarc\n\n"
        + "---------- Forwarded message ---------\nDe : Julie Martin <julie.martin@operateur.fr>\n"
        + "Date: mar. 24 nov. 2026 à 09:15\nSubject: Re: Questions\nTo: <marc@acheteur.fr>\n\n"
        + "Bonjour,\n\n1. Oui\n2. Bloqué par défaut\n3. Oui, sur demande\n\n"
        + "Le ven. 20 nov. 2026 à 10:02, Marc <marc@acheteur.fr> a écrit :\n" + Sheets.quoted(FR);

    ReplyText reply = ReplyText.fromEml(Mails.plain(text, "UTF-8", "quoted-printable"));

    assertThat(MATCHER.match(FR, reply.text(), reply.date())).extracting(ReplyMatcherScoreTest::compact)
        .containsExactly("1 yes", "2 yes", "3 yes");
  }

  @Test
  void a_top_posted_reply_above_an_outlook_original_without_quote_marks() throws Exception {
    String text = "Bonjour,\nPour l'IPv6 : pas encore, prévu au premier trimestre.\nGTR : 8h ouvrées.\n\nCordialement\n\n"
        + "De : Marc <marc@acheteur.fr>\nEnvoyé : vendredi 20 novembre 2026 10:02\nÀ : Julie\nObjet : Questions\n\n"
        + ReplyShapes.unquoted(FR);

    ReplyText reply = ReplyText.fromEml(Mails.plain(text, "UTF-8", "base64"));

    assertThat(MATCHER.match(FR, reply.text(), reply.date())).extracting(ReplyMatcherScoreTest::compact)
        .containsExactly("1 no", "4 value 8");
  }

  @Test
  void what_is_not_an_email_is_refused_with_the_reason() {
    assertThatThrownBy(() -> ReplyText.fromEml(new byte[0])).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> ReplyText.fromEml("1. Oui\n2. Non\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an e-mail");
    assertThatThrownBy(() -> ReplyText.fromEml("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an e-mail");
  }
}
