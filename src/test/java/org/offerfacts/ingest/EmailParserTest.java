package org.offerfacts.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailParserTest {

  private final ParserRegistry registry = ParserRegistry.standard();

  private IngestedDocument parse(String eml) throws IngestException {
    return parse(eml, IngestLimits.DEFAULT);
  }

  private IngestedDocument parse(String eml, IngestLimits limits) throws IngestException {
    byte[] bytes = eml.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    return registry.read(new DocumentSource("mail.eml", "mail.eml", null, bytes), limits);
  }

  private static final String ALTERNATIVE = """
      From: =?UTF-8?Q?=C3=89lodie_Martin?= <e.martin@acme-telecom.fr>
      To: achats@client.fr
      Date: Tue, 4 Jun 2024 14:05:09 +0200 (CEST)
      Subject: =?UTF-8?Q?Offre_fibre_=E2=80=93_d=C3=A9bit_garanti?=
      Message-ID: <offre-42@acme-telecom.fr>
      In-Reply-To: <demande-7@client.fr>
      References: <demande-1@client.fr> <demande-7@client.fr>
      Content-Language: fr-FR
      MIME-Version: 1.0
      Content-Type: multipart/alternative; boundary="alt"

      --alt
      Content-Type: text/plain; charset=UTF-8
      Content-Transfer-Encoding: quoted-printable

      Bonjour,

      Le d=C3=A9bit garanti est de 500 Mbit/s et l'engagement de 12 mois. Cette p=
      hrase est coup=C3=A9e par le codage.
      --alt
      Content-Type: text/html; charset=UTF-8
      Content-Transfer-Encoding: quoted-printable

      <p>Version HTML =C3=A0 ne pas lire</p>
      --alt--
      """;

  @Test
  void plain_text_part_is_the_body_after_a_decoded_header_block() throws Exception {
    IngestedDocument mail = parse(ALTERNATIVE);

    assertThat(mail.mediaType()).isEqualTo("message/rfc822");
    assertThat(mail.title()).isEqualTo("Offre fibre – débit garanti");
    assertThat(mail.language()).isEqualTo("fr");
    assertThat(mail.text().pages().get(0).text()).isEqualTo("""
        From: Élodie Martin <e.martin@acme-telecom.fr>
        To: achats@client.fr
        Date: Tue, 4 Jun 2024 14:05:09 +0200 (CEST)
        Subject: Offre fibre – débit garanti

        Bonjour,

        Le débit garanti est de 500 Mbit/s et l'engagement de 12 mois. Cette phrase est coupée par le codage.""");
    assertThat(mail.attachments()).isEmpty();
    assertThat(mail.text().warnings()).isEmpty();
  }

  @Test
  void thread_headers_date_and_sender_address_are_exposed_for_reply_matching() throws Exception {
    EmailHeaders headers = EmailParser.readHeaders(ALTERNATIVE.getBytes(StandardCharsets.ISO_8859_1));

    assertThat(headers.date()).isEqualTo(OffsetDateTime.of(2024, 6, 4, 14, 5, 9, 0, ZoneOffset.ofHours(2)));
    assertThat(headers.fromAddress()).isEqualTo("e.martin@acme-telecom.fr");
    assertThat(headers.messageId()).isEqualTo("offre-42@acme-telecom.fr");
    assertThat(headers.inReplyTo()).containsExactly("demande-7@client.fr");
    assertThat(headers.references()).containsExactly("demande-1@client.fr", "demande-7@client.fr");
  }

  @Test
  void html_only_mail_is_converted_like_an_html_page_with_its_charset() throws Exception {
    String eml = """
        From: pro@acme-telecom.fr
        Subject: Votre devis
        MIME-Version: 1.0
        Content-Type: text/html; charset=iso-8859-1
        Content-Transfer-Encoding: quoted-printable

        <html><body><nav>Menu</nav><p>D=E9bit sym=E9trique</p><table><tr><td>IPv6</td><td>O=
        ui</td></tr></table></body></html>
        """;

    String text = parse(eml).text().pages().get(0).text();

    assertThat(text).endsWith("Subject: Votre devis\n\nDébit symétrique\n\nIPv6 | Oui");
    assertThat(text).doesNotContain("Menu");
  }

  @Test
  void pdf_attachment_in_base64_is_read_as_a_document_of_its_own() throws Exception {
    byte[] pdf = PdfFixtures.pages(List.of(List.of("Annexe tarifaire : 49 euros HT par mois.")));
    String eml = mixed(
        "Content-Type: text/plain; charset=UTF-8\n\nCi-joint notre offre.",
        attachment("application/pdf", "offre-acme.pdf", pdf));

    IngestedDocument mail = parse(eml);

    assertThat(mail.attachments()).hasSize(1);
    IngestedDocument offer = mail.attachments().get(0);
    assertThat(offer.source()).isEqualTo("mail.eml#offre-acme.pdf");
    assertThat(offer.mediaType()).isEqualTo("application/pdf");
    assertThat(offer.title()).isEqualTo("offre-acme.pdf");
    assertThat(offer.text().pages().get(0).text()).isEqualTo("Annexe tarifaire : 49 euros HT par mois.");
    assertThat(mail.text().pages().get(0).text()).endsWith("Ci-joint notre offre.");
  }

  @Test
  void attachments_are_recognised_by_content_and_others_are_listed_as_skipped() throws Exception {
    byte[] pdf = PdfFixtures.pages(List.of(List.of("Conditions particulières de l'offre.")));
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    String html = "<html><head><title>Grille</title></head><body><p>Prix : 30 euros</p></body></html>";
    String eml = mixed(
        "Content-Type: text/plain; charset=UTF-8\n\nVoir les pièces jointes.",
        attachment("application/octet-stream", "document.bin", pdf),
        attachment("image/png", "logo.png", png),
        attachment("text/html", "grille.html", html.getBytes(StandardCharsets.UTF_8)));

    IngestedDocument mail = parse(eml);

    assertThat(mail.attachments()).extracting(IngestedDocument::source, IngestedDocument::mediaType)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("mail.eml#document.bin", "application/pdf"),
            org.assertj.core.groups.Tuple.tuple("mail.eml#grille.html", "text/html"));
    assertThat(mail.attachments().get(1).text().pages().get(0).text()).isEqualTo("Prix : 30 euros");
    assertThat(mail.text().warnings()).containsExactly("attachment logo.png skipped: image/png");
  }

  @Test
  void forwarded_message_is_read_as_a_nested_document() throws Exception {
    String forwarded = """
        From: commercial@acme-telecom.fr
        Subject: Offre initiale
        Content-Type: text/plain; charset=UTF-8

        Engagement de 24 mois.
        """;
    String eml = mixed(
        "Content-Type: text/plain; charset=UTF-8\n\nJe te transf\u00e8re l'offre.",
        "Content-Type: message/rfc822\nContent-Disposition: attachment; filename=\"offre.eml\"\n\n" + forwarded);

    IngestedDocument mail = parse(eml);

    assertThat(mail.attachments()).hasSize(1);
    IngestedDocument nested = mail.attachments().get(0);
    assertThat(nested.source()).isEqualTo("mail.eml#offre.eml");
    assertThat(nested.title()).isEqualTo("Offre initiale");
    assertThat(nested.text().pages().get(0).text()).endsWith("Engagement de 24 mois.");
  }

  @Test
  void an_attachment_that_cannot_be_read_is_a_warning_not_a_failed_mail() throws Exception {
    byte[] pdf = PdfFixtures.pages(List.of(List.of("Texte de l'annexe."), List.of("Suite de l'annexe.")));
    byte[] broken = Arrays.copyOf(pdf, pdf.length / 2);
    String eml = mixed(
        "Content-Type: text/plain; charset=UTF-8\n\nL'annexe est jointe.",
        attachment("application/pdf", "annexe.pdf", broken));

    IngestedDocument mail = parse(eml);

    assertThat(mail.attachments()).isEmpty();
    assertThat(mail.text().warnings()).singleElement().asString().startsWith("attachment annexe.pdf could not be read: the PDF is");
    assertThat(mail.text().pages().get(0).text()).endsWith("L'annexe est jointe.");
  }

  @Test
  void attachments_beyond_the_limit_are_not_read() throws Exception {
    byte[] pdf = PdfFixtures.pages(List.of(List.of("Une annexe avec assez de texte pour compter.")));
    String eml = mixed(
        "Content-Type: text/plain; charset=UTF-8\n\nTrois annexes.",
        attachment("application/pdf", "a.pdf", pdf),
        attachment("application/pdf", "b.pdf", pdf),
        attachment("application/pdf", "c.pdf", pdf));
    IngestLimits two = new IngestLimits(10_000_000, 100, 1_000_000, 512, 2);

    IngestedDocument mail = parse(eml, two);

    assertThat(mail.attachments()).extracting(IngestedDocument::source).containsExactly("mail.eml#a.pdf", "mail.eml#b.pdf");
    assertThat(mail.text().warnings()).containsExactly("1 more attachments skipped (limit of 2 per e-mail)");
  }

  @Test
  void mail_saved_from_an_mbox_with_a_leading_from_line_is_read() throws Exception {
    String eml = "From pro@acme-telecom.fr Tue Jun  4 14:05:09 2024\n"
        + "From: pro@acme-telecom.fr\nSubject: Relance\nContent-Type: text/plain; charset=UTF-8\n\nToujours int\u00e9ress\u00e9s ?\n";

    IngestedDocument mail = parse(eml);

    assertThat(mail.title()).isEqualTo("Relance");
    assertThat(mail.text().pages().get(0).text()).isEqualTo("From: pro@acme-telecom.fr\nSubject: Relance\n\nToujours intéressés ?");
  }

  private static String mixed(String... parts) {
    StringBuilder eml = new StringBuilder("""
        From: pro@acme-telecom.fr
        To: achats@client.fr
        Subject: Offre
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="mix"

        """);
    for (String part : parts) eml.append("--mix\n").append(part).append('\n');
    return eml.append("--mix--\n").toString();
  }

  private static String attachment(String type, String name, byte[] content) {
    return "Content-Type: " + type + "; name=\"" + name + "\"\n"
        + "Content-Disposition: attachment; filename=\"" + name + "\"\n"
        + "Content-Transfer-Encoding: base64\n\n"
        + Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(content);
  }
}
