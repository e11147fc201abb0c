package org.offerfacts.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static CsvTable read(String text) {
    return CsvReader.read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<List<String>> texts(CsvTable table) {
    return table.rows().stream().map(r -> r.stream().map(Cell::text).toList()).toList();
  }

  @Test
  void quoted_fields_keep_delimiters_doubled_quotes_and_line_breaks() {
    CsvTable table = read("Critère,Offre A\r\n\"IPv6, natif\",\"Oui \"\"natif\"\"\nsur demande\"\r\nGTR,4h\r\n");

    assertThat(texts(table)).containsExactly(
        List.of("Critère", "Offre A"),
        List.of("IPv6, natif", "Oui \"natif\"\nsur demande"),
        List.of("GTR", "4h"));
    assertThat(table.delimiter()).isEqualTo(',');
  }

  @Test
  void a_quoted_line_break_stays_in_its_row_so_cell_addresses_match_the_spreadsheet() {
    CsvTable table = read("a,b\n\"x\ny\",z\nlast,row\n");

    Cell last = table.rows().get(2).get(1);
    assertThat(last.ref()).isEqualTo("B3");
  }

  @Test
  void cell_offsets_point_at_the_cell_in_the_decoded_text() {
    CsvTable table = read("\uFEFFCritère;Fibreval\nIPv6;\"Oui\"\n");

    Cell yes = table.rows().get(1).get(1);
    assertThat(table.text()).startsWith("Critère");
    assertThat(table.text().substring(yes.start(), yes.end())).isEqualTo("Oui");
    Cell label = table.rows().get(1).get(0);
    assertThat(table.text().substring(label.start(), label.end())).isEqualTo("IPv6");
  }

  @Test
  void a_utf8_byte_order_mark_is_not_part_of_the_first_cell() {
    CsvTable table = read("\uFEFFCritère;Offre\nIPv6;Oui");

    assertThat(table.rows().get(0).get(0).text()).isEqualTo("Critère");
    assertThat(table.encoding()).isEqualTo("UTF-8");
  }

  @Test
  void french_excel_semicolons_are_found_on_the_header_line() {
    CsvTable table = read("Critère;Offre A;Offre B\nDisponibilité;99,95 %;99,9\n");

    assertThat(table.delimiter()).isEqualTo(';');
    assertThat(texts(table).get(1)).containsExactly("Disponibilité", "99,95 %", "99,9");
  }

  @Test
  void tabs_are_found_on_the_header_line() {
    assertThat(read("a\tb, c\n1\t2").delimiter()).isEqualTo('\t');
  }

  @Test
  void windows_1252_bytes_that_are_not_utf8_are_read_as_windows_1252() {
    byte[] bytes = "Critère;Débit garanti\nOffre;Oui – inclus\n".getBytes(SheetDecoding.WINDOWS_1252);

    CsvTable table = CsvReader.read(bytes);

    assertThat(table.encoding()).isEqualTo("windows-1252");
    assertThat(texts(table).get(0)).containsExactly("Critère", "Débit garanti");
    assertThat(texts(table).get(1).get(1)).isEqualTo("Oui – inclus");
  }

  @Test
  void utf16_with_its_mark_is_read_as_excel_unicode_text() {
    byte[] body = "Critère\tOffre\nIPv6\tOui".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);

    assertThat(texts(CsvReader.read(bytes)).get(1)).containsExactly("IPv6", "Oui");
  }

  @Test
  void blank_lines_are_skipped_but_counted_in_addresses() {
    CsvTable table = read("a,b\n\n,\nIPv6,Oui\n");

    assertThat(table.rows()).hasSize(2);
    assertThat(table.rows().get(1).get(1).ref()).isEqualTo("B4");
  }

  @Test
  void a_cell_of_2000_characters_is_read_and_one_of_2001_stops_the_reading_with_its_address() {
    String ok = "x".repeat(2_000);
    assertThat(read("a,b\nIPv6,\"" + ok + "\"").rows().get(1).get(1).text()).hasSize(2_000);

    String tooLong = "x".repeat(2_001);
    assertThatThrownBy(() -> read("a,b\nIPv6," + tooLong))
        .isInstanceOfSatisfying(SheetException.class, e -> {
          assertThat(e.key()).isEqualTo("cell_too_long");
          assertThat(e.args()).contains("B2");
        });
    assertThatThrownBy(() -> read("a,b\nIPv6,\"" + tooLong + "\""))
        .isInstanceOfSatisfying(SheetException.class, e -> assertThat(e.key()).isEqualTo("cell_too_long"));
  }

  @Test
  void more_than_1000_rows_is_refused_and_1000_is_read() {
    assertThat(read("a,b\n".repeat(1_000)).rows()).hasSize(1_000);
    assertThatThrownBy(() -> read("a,b\n".repeat(1_001)))
        .isInstanceOfSatisfying(SheetException.class, e -> assertThat(e.key()).isEqualTo("too_many_rows"));
  }

  @Test
  void more_than_200_columns_is_refused_and_200_is_read() {
    assertThat(read("a" + ",a".repeat(199)).rows().get(0)).hasSize(200);
    assertThatThrownBy(() -> read("a" + ",a".repeat(200)))
        .isInstanceOfSatisfying(SheetException.class, e -> assertThat(e.key()).isEqualTo("too_many_columns"));
  }

  @Test
  void more_than_5_mib_is_refused_before_reading() {
    byte[] big = new byte[CsvReader.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');

    assertThatThrownBy(() -> CsvReader.read(big))
        .isInstanceOfSatisfying(SheetException.class, e -> assertThat(e.key()).isEqualTo("too_large"));
  }

  @Test
  void what_rfc_4180_forbids_stops_the_reading_with_the_place() {
    assertThatThrownBy(() -> read("a,b\nIPv6,Oui \"natif\""))
        .isInstanceOfSatisfying(SheetException.class, e -> {
          assertThat(e.key()).isEqualTo("stray_quote");
          assertThat(e.getMessage()).contains("B2");
        });
    assertThatThrownBy(() -> read("a,b\nIPv6,\"Oui"))
        .isInstanceOfSatisfying(SheetException.class, e -> assertThat(e.key()).isEqualTo("unclosed_quote"));
    assertThatThrownBy(() -> read("a,b\nIPv6,\"Oui\" natif"))
        .isInstanceOfSatisfying(SheetException.class, e -> assertThat(e.key()).isEqualTo("text_after_quote"));
  }

  @Test
  void binary_files_and_empty_files_are_refused() {
    assertThatThrownBy(() -> CsvReader.read(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}))
        .isInstanceOfSatisfying(SheetException.class, e -> assertThat(e.key()).isEqualTo("not_text"));
    assertThatThrownBy(() -> read("\n\n"))
        .isInstanceOfSatisfying(SheetException.class, e -> assertThat(e.key()).isEqualTo("empty"));
  }

  @Test
  void columns_are_named_as_spreadsheets_name_them() {
    assertThat(Cell.columnName(0)).isEqualTo("A");
    assertThat(Cell.columnName(25)).isEqualTo("Z");
    assertThat(Cell.columnName(26)).isEqualTo("AA");
    assertThat(Cell.columnName(199)).isEqualTo("GR");
  }
}
