package org.offerfacts.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.demo.DemoReading.read;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.offerfacts.extract.Fact;

/** Fibreval's single PDF: an offer page, then three pages of conditions hiding two facts. */
class FibrevalTest {
  private final DemoReading.Read pdf = read(Fibreval.SUPPLIER, Fibreval.OFFER_PDF);

  @Test
  void offer_pdf_states_every_designed_fact_and_nothing_else() {
    Map<String, String> expected = Map.ofEntries(
        Map.entry("access_technology", "ftto []"),
        Map.entry("download_mbps", "1000.0 []"),
        Map.entry("upload_mbps", "1000.0 []"),
        Map.entry("guaranteed_bandwidth", "true []"),
        Map.entry("ipv6", "true []"),
        Map.entry("ipv6_prefix", "48 []"),
        Map.entry("static_ipv4", "true [included]"),
        Map.entry("ipv4_block", "8 [paid_option]"),
        Map.entry("reverse_dns", "true [on_request]"),
        Map.entry("backup_4g", "true [paid_option]"),
        Map.entry("smtp_port25_outbound_blocked", "true []"),
        Map.entry("own_router_allowed", "true []"),
        Map.entry("sla_gti_hours", "2.0 []"),
        Map.entry("sla_gtr_hours", "4.0 []"),
        Map.entry("sla_availability_percent", "99.95 []"),
        Map.entry("support_24_7", "true []"),
        Map.entry("support_written_channel", "true []"),
        Map.entry("commitment_months", "36 []"),
        Map.entry("price_monthly_eur", "349.0 []"));

    assertThat(pdf.summary()).containsExactlyInAnyOrderEntriesOf(expected);
    assertThat(pdf.facts().conflicts()).isEmpty();
    assertThat(pdf.facts().language()).isEqualTo("fr");
    assertThat(pdf.document().text().pageCount()).isEqualTo(4);
  }

  @Test
  void port_25_block_is_read_from_the_legal_clause_on_sending_through_another_smtp_server() {
    Fact blocked = pdf.the("smtp_port25_outbound_blocked");

    assertThat(blocked.page()).isEqualTo(3);
    assertThat(blocked.quote()).contains("serveur SMTP autre que celui de l'Opérateur est filtrée");
  }

  @Test
  void reverse_dns_on_request_is_read_from_an_article_of_the_conditions() {
    assertThat(pdf.the("reverse_dns").page()).isEqualTo(3);
  }

  @Test
  void renewal_by_periods_of_a_year_is_not_read_as_a_second_commitment() {
    assertThat(pdf.the("commitment_months").page()).isEqualTo(1);
  }

  @Test
  void bridge_mode_cgnat_and_port_25_unblocking_stay_unknown() {
    assertThat(pdf.facts().silent())
        .contains("router_bridge_mode", "cgnat", "smtp_port25_unblock_on_request", "router_dmz", "router_vpn");
  }
}
