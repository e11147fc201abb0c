package org.offerfacts.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvExportTest {
  @Test
  void fields_are_quoted_as_rfc_4180_asks() {
    assertThat(CsvExport.field("plain")).isEqualTo("plain");
    assertThat(CsvExport.field("yes (on request, paid option)")).isEqualTo("\"yes (on request, paid option)\"");
    assertThat(CsvExport.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
    assertThat(CsvExport.field("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void a_cell_a_spreadsheet_would_run_as_a_formula_is_defused() {
    assertThat(CsvExport.field("=HYPERLINK(\"http://x\")")).startsWith("\"'=HYPERLINK");
    assertThat(CsvExport.field("+1")).isEqualTo("'+1");
    assertThat(CsvExport.field("-1")).isEqualTo("'-1");
    assertThat(CsvExport.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
  }
}
