package org.offerfacts.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.Catalog;

class CellReaderTest {
  private static final Catalog CATALOG = Catalog.bundled();
  private static final CellReader READER = new CellReader(CATALOG);

  private static CellValue read(String attribute, String text) {
    Attribute a = CATALOG.attribute(attribute).orElseThrow();
    return READER.read(a, text);
  }

  private static Object value(String attribute, String text) {
    CellValue value = read(attribute, text);
    assertThat(value).as(text).isInstanceOf(CellValue.Stated.class);
    return ((CellValue.Stated) value).value();
  }

  private static List<String> conditions(String attribute, String text) {
    return ((CellValue.Stated) read(attribute, text)).conditions();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Oui", "oui", "YES", "x", "X", "✓", "✔", "vrai", "True", "1", "Inclus", "Oui.", " oui "})
  void yes_in_french_english_and_as_ticks_is_true(String cell) {
    assertThat(value("ipv6", cell)).isEqualTo(true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Non", "NO", "faux", "False", "0", "✗", "Non inclus", "non disponible"})
  void no_in_french_and_english_is_false(String cell) {
    assertThat(value("router_bridge_mode", cell)).isEqualTo(false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"?", "NC", "nc", "n/a", "N/A", "inconnu", "Inconnu", "-", "—", "  ", "(à vérifier)"})
  void unknown_markers_and_dashes_say_nothing(String cell) {
    assertThat(read("ipv6", cell)).isInstanceOf(CellValue.Unknown.class);
    assertThat(read("sla_gtr_hours", cell)).isInstanceOf(CellValue.Unknown.class);
  }

  @Test
  void conditions_in_parentheses_or_words_become_catalog_conditions() {
    assertThat(value("smtp_port25_unblock_on_request", "Oui (sur demande)")).isEqualTo(true);
    assertThat(conditions("smtp_port25_unblock_on_request", "Oui (sur demande)")).containsExactly("on_request");
    assertThat(conditions("static_ipv4", "Oui, en option")).containsExactly("paid_option");
    assertThat(conditions("static_ipv4", "Yes (paid option)")).containsExactly("paid_option");
    assertThat(conditions("static_ipv4", "Oui sans supplément")).containsExactly("included");
  }

  @Test
  void a_condition_alone_means_available_under_that_condition() {
    assertThat(value("backup_4g", "En option")).isEqualTo(true);
    assertThat(conditions("backup_4g", "En option")).containsExactly("paid_option");
    assertThat(value("ipv6", "Sur demande")).isEqualTo(true);
  }

  @Test
  void a_planned_feature_is_not_available_today() {
    assertThat(value("ipv6", "Oui (prochainement)")).isEqualTo(false);
    assertThat(conditions("ipv6", "Oui (prochainement)")).containsExactly("planned");
  }

  @Test
  void numbers_convert_to_the_attribute_unit() {
    assertThat(value("download_mbps", "1 Gbit/s")).isEqualTo(1000.0);
    assertThat(value("download_mbps", "1,5 Gbps")).isEqualTo(1500.0);
    assertThat(value("download_mbps", "500 Mbit/s")).isEqualTo(500.0);
    assertThat(value("download_mbps", "jusqu'à 1 000 Mb/s")).isEqualTo(1000.0);
    assertThat(value("download_mbps", "1,000")).isEqualTo(1000.0);
    assertThat(value("sla_gtr_hours", "4h")).isEqualTo(4.0);
    assertThat(value("sla_gtr_hours", "8 heures")).isEqualTo(8.0);
    assertThat(value("sla_gtr_hours", "1 jour ouvré")).isEqualTo(24.0);
    assertThat(value("sla_availability_percent", "99,95 %")).isEqualTo(99.95);
    assertThat(value("sla_availability_percent", "99.9%")).isEqualTo(99.9);
    assertThat(value("commitment_months", "12 mois")).isEqualTo(12L);
    assertThat(value("commitment_months", "2 ans")).isEqualTo(24L);
    assertThat(value("ipv6_prefix", "/56")).isEqualTo(56L);
    assertThat(value("ipv4_block", "8 adresses")).isEqualTo(8L);
  }

  @Test
  void a_condition_after_a_number_is_kept() {
    assertThat(value("sla_gtr_hours", "4 h (en option)")).isEqualTo(4.0);
    assertThat(conditions("sla_gtr_hours", "4 h (en option)")).containsExactly("paid_option");
  }

  @Test
  void unreadable_cells_are_reported_with_a_reason() {
    assertThat(read("ipv6", "peut-être")).isEqualTo(new CellValue.Unreadable("not_boolean", null));
    assertThat(read("sla_gtr_hours", "rapide")).isEqualTo(new CellValue.Unreadable("not_number", null));
    assertThat(read("download_mbps", "100 parsecs")).isInstanceOfSatisfying(CellValue.Unreadable.class,
        u -> assertThat(u.reason()).isEqualTo("unit"));
    assertThat(read("commitment_months", "1,5 mois")).isEqualTo(new CellValue.Unreadable("not_whole", null));
    assertThat(read("sla_gtr_hours", "4 h voir annexe")).isInstanceOfSatisfying(CellValue.Unreadable.class,
        u -> assertThat(u.reason()).isEqualTo("extra_text"));
    assertThat(read("access_technology", "pigeon voyageur")).isInstanceOfSatisfying(CellValue.Unreadable.class,
        u -> assertThat(u.detail()).contains("ftth"));
  }

  @Test
  void a_prefix_slash_is_only_a_prefix_length() {
    assertThat(read("ipv4_block", "/29")).isInstanceOf(CellValue.Unreadable.class);
  }

  @Test
  void enums_read_by_value_or_by_the_catalog_words() {
    assertThat(value("access_technology", "FTTH")).isEqualTo("ftth");
    assertThat(value("access_technology", "4G")).isEqualTo("4g");
    assertThat(value("access_technology", "Leased line")).isEqualTo("leased_line");
    assertThat(value("access_technology", "FTTP")).isEqualTo("ftth");
    assertThat(value("access_technology", "Ligne louée")).isEqualTo("leased_line");
  }

  @Test
  void text_is_kept_as_written_even_when_it_looks_like_a_formula() {
    assertThat(value("support_languages", "=HYPERLINK(\"http://evil.example\",\"fr\")"))
        .isEqualTo("=HYPERLINK(\"http://evil.example\",\"fr\")");
  }
}
