package org.offerfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.extract.Documents.assertFact;
import static org.offerfacts.extract.Documents.read;
import static org.offerfacts.extract.Documents.the;

import org.junit.jupiter.api.Test;

/** Spec sheets state facts as rows: the cell after the label answers. */
class TableRowsTest {
  private static final String SHEET = """
      Fiche technique Fibre Pro
      Caractéristique | Valeur
      IPv6 | Oui
      Mode bridge | Non
      Débit descendant | 1 Gbit/s
      Engagement | 12 mois
      """;

  @Test
  void ipv6_row_answered_oui_is_true() {
    Fact ipv6 = the(read(SHEET), "ipv6");

    assertFact(ipv6, true);
    assertThat(ipv6.quote()).isEqualTo("IPv6 | Oui");
    assertThat(ipv6.start()).isEqualTo(SHEET.indexOf("IPv6 | Oui"));
  }

  @Test
  void bridge_row_answered_non_is_false() {
    Fact bridge = the(read(SHEET), "router_bridge_mode");

    assertFact(bridge, false);
    assertThat(bridge.quote()).isEqualTo("Mode bridge | Non");
  }

  @Test
  void a_rate_row_is_read_with_its_unit() {
    Fact download = the(read(SHEET), "download_mbps");

    assertFact(download, 1000.0);
    assertThat(download.quote()).isEqualTo("Débit descendant | 1 Gbit/s");
  }

  @Test
  void a_term_row_is_read_in_months() {
    assertFact(the(read(SHEET), "commitment_months"), 12L);
  }

  @Test
  void tab_separated_rows_answer_like_pipes() {
    DocumentFacts facts = read("IPv6\tNon\nDMZ\tOui\nVPN IPsec intégré au routeur\tNon\n");

    assertFact(the(facts, "ipv6"), false);
    assertFact(the(facts, "router_dmz"), true);
    assertFact(the(facts, "router_vpn"), false);
  }

  @Test
  void an_english_row_with_a_check_mark() {
    assertFact(the(read("Static IP | ✓\nBridge mode | ✗\n"), "router_bridge_mode"), false);
    assertFact(the(read("Static IP | ✓\nBridge mode | ✗\n"), "static_ipv4"), true);
  }
}
