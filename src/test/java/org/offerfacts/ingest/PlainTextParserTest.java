package org.offerfacts.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlainTextParserTest {

  private final PlainTextParser parser = new PlainTextParser();

  private IngestedDocument parse(byte[] bytes, String fileName) throws IngestException {
    return parser.parse(new DocumentSource(fileName, fileName, null, bytes), IngestLimits.DEFAULT);
  }

  @Test
  void utf8_text_is_one_page_titled_by_its_first_line() throws Exception {
    IngestedDocument document = parse("\n  Offre Fibre Pro  \r\nDébit : 1 Gbit/s\r\n".getBytes(StandardCharsets.UTF_8), "offre.txt");

    assertThat(document.mediaType()).isEqualTo("text/plain");
    assertThat(document.title()).isEqualTo("Offre Fibre Pro");
    assertThat(document.text().pages()).singleElement().extracting(Page::text)
        .isEqualTo("\n  Offre Fibre Pro  \nDébit : 1 Gbit/s\n");
  }

  @Test
  void invalid_utf8_is_read_as_windows_1252() throws Exception {
    byte[] cp1252 = "Préavis d’un mois, 30 €".getBytes(Charset.forName("windows-1252"));

    assertThat(parse(cp1252, "n.txt").text().pages().get(0).text()).isEqualTo("Préavis d’un mois, 30 €");
  }

  @Test
  void utf16_with_a_byte_order_mark_is_decoded() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    bytes.write("Débit garanti".getBytes(StandardCharsets.UTF_16LE));

    assertThat(parse(bytes.toByteArray(), "u.txt").text().pages().get(0).text()).isEqualTo("Débit garanti");
  }

  @Test
  void markdown_heading_marks_are_left_out_of_the_title_but_kept_in_the_text() throws Exception {
    IngestedDocument document = parse("## Offre **Pro**\n\n| IPv6 | Oui |\n".getBytes(StandardCharsets.UTF_8), "offre.md");

    assertThat(document.title()).isEqualTo("Offre **Pro**");
    assertThat(document.text().pages().get(0).text()).startsWith("## Offre **Pro**");
  }

  @Test
  void a_long_first_line_is_not_a_title_so_the_file_name_is_used() throws Exception {
    String paragraph = "Le présent document décrit ".repeat(10) + "l'offre.";

    assertThat(parse(paragraph.getBytes(StandardCharsets.UTF_8), "conditions.txt").title()).isEqualTo("conditions.txt");
  }
}
