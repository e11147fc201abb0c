package org.offerfacts.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaTypesTest {

  private static String detect(String content, String declaredType, String fileName) throws IngestException {
    return MediaTypes.detect(content.getBytes(StandardCharsets.UTF_8), declaredType, fileName);
  }

  @Test
  void a_pdf_named_txt_and_declared_as_text_is_a_pdf() throws Exception {
    byte[] pdf = PdfFixtures.pages(List.of(List.of("Offre")));

    assertThat(MediaTypes.detect(pdf, "text/plain", "offre.txt")).isEqualTo("application/pdf");
  }

  @Test
  void a_png_is_refused_naming_what_it_is_even_when_called_pdf() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    assertThatThrownBy(() -> MediaTypes.detect(png, "application/pdf", "offre.pdf"))
        .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.UNSUPPORTED_TYPE))
        .hasMessage("not a supported document type (image/png detected)");
  }

  @Test
  void word_files_and_unknown_binaries_are_refused() {
    byte[] docx = "PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml".getBytes(StandardCharsets.ISO_8859_1);
    byte[] binary = {1, 2, 3, 0, 5, 6, 7, 8};

    assertThatThrownBy(() -> MediaTypes.detect(docx, null, "offre.docx"))
        .hasMessageContaining("wordprocessingml");
    assertThatThrownBy(() -> MediaTypes.detect(binary, null, "offre.txt"))
        .hasMessage("not a supported document type (binary data detected)");
  }

  @Test
  void an_empty_file_is_malformed() {
    assertThatThrownBy(() -> MediaTypes.detect(new byte[0], null, "vide.pdf"))
        .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.MALFORMED));
  }

  @Test
  void html_is_recognised_after_bom_whitespace_comments_and_xml_prolog() throws Exception {
    assertThat(detect("\uFEFF  \n<!-- saved from url --> <!DOCTYPE html><html>", null, null)).isEqualTo("text/html");
    assertThat(detect("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", null, null)).isEqualTo("text/html");
    assertThat(detect("<HEAD><title>x</title></HEAD>", null, "x.txt")).isEqualTo("text/html");
    assertThat(detect("<body><p>x</p></body>", null, null)).isEqualTo("text/html");
  }

  @Test
  void an_html_fragment_is_html_only_when_the_name_or_declared_type_says_so() throws Exception {
    String fragment = "<p>Débit : <strong>1 Gbit/s</strong></p>";

    assertThat(detect(fragment, null, "offre.html")).isEqualTo("text/html");
    assertThat(detect(fragment, "text/html; charset=utf-8", null)).isEqualTo("text/html");
    assertThat(detect(fragment, null, "notes.txt")).isEqualTo("text/plain");
  }

  @Test
  void a_header_block_ending_in_a_blank_line_is_an_email() throws Exception {
    String eml = "Received: from mx.acme.fr\n\tby mx.client.fr\nFrom: a@acme.fr\nSubject: Offre\n\nBonjour";

    assertThat(detect(eml, null, "message.txt")).isEqualTo("message/rfc822");
  }

  @Test
  void a_note_starting_with_a_subject_line_is_plain_text() throws Exception {
    assertThat(detect("Subject: offre fibre\nÀ relire avant jeudi.\n", null, null)).isEqualTo("text/plain");
  }

  @Test
  void unusual_first_header_counts_only_when_the_file_is_named_eml() throws Exception {
    String eml = "X-Account-Key: account3\nFrom: a@acme.fr\nSubject: Offre\n\nBonjour";

    assertThat(detect(eml, null, "offre.eml")).isEqualTo("message/rfc822");
    assertThat(detect(eml, null, "offre.txt")).isEqualTo("text/plain");
  }

  @Test
  void markdown_and_latin1_text_are_plain_text() throws Exception {
    assertThat(detect("# Offre\n\n| IPv6 | Oui |\n", null, "offre.md")).isEqualTo("text/plain");
    byte[] latin1 = "Débit garanti à 95 %".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(MediaTypes.detect(latin1, null, null)).isEqualTo("text/plain");
  }

  @Test
  void utf16_html_with_a_byte_order_mark_is_html() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    bytes.write("<html><body>Débit</body></html>".getBytes(StandardCharsets.UTF_16LE));

    assertThat(MediaTypes.detect(bytes.toByteArray(), null, null)).isEqualTo("text/html");
  }

  @Test
  void content_type_parameters_are_split_off() {
    assertThat(MediaTypes.baseType(" Text/HTML ; charset=\"ISO-8859-1\"")).isEqualTo("text/html");
    assertThat(MediaTypes.charsetParameter("text/html; charset=\"ISO-8859-1\"")).isEqualTo("ISO-8859-1");
    assertThat(MediaTypes.charsetParameter("text/html")).isNull();
  }
}
