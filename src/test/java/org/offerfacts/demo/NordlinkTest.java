package org.offerfacts.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.demo.DemoReading.read;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Nordlink's French spec sheet table and its service-level PDF. */
class NordlinkTest {
  @Test
  void spec_sheet_table_answers_yes_no_and_on_request() {
    DemoReading.Read sheet = read(Nordlink.SUPPLIER, Nordlink.SPEC_SHEET);

    assertThat(sheet.summary()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("access_technology", "sdsl []"),
        Map.entry("download_mbps", "20.0 []"),
        Map.entry("upload_mbps", "20.0 []"),
        Map.entry("guaranteed_bandwidth", "true []"),
        Map.entry("ipv6", "true [on_request]"),
        Map.entry("static_ipv4", "true [included]"),
        Map.entry("smtp_port25_outbound_blocked", "false []"),
        Map.entry("router_bridge_mode", "true []"),
        Map.entry("own_router_allowed", "false []"),
        Map.entry("support_24_7", "false []"),
        Map.entry("commitment_months", "24 []"),
        Map.entry("price_monthly_eur", "189.0 []")));
    assertThat(sheet.facts().conflicts()).isEmpty();
    assertThat(sheet.facts().language()).isEqualTo("fr");
  }

  @Test
  void service_level_pdf_gives_gti_4_h_gtr_8_h_and_99_9_percent_in_contract_wording() {
    DemoReading.Read pdf = read(Nordlink.SUPPLIER, Nordlink.SERVICE_LEVELS);

    assertThat(pdf.summary()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "access_technology", "sdsl []",
        "sla_gti_hours", "4.0 []",
        "sla_gtr_hours", "8.0 []",
        "sla_availability_percent", "99.9 []",
        "support_written_channel", "true []"));
    assertThat(pdf.facts().conflicts()).isEmpty();
    assertThat(pdf.document().text().pageCount()).isEqualTo(2);
    assertThat(pdf.the("sla_gtr_hours").quote()).startsWith("Le service est rétabli dans un délai de 8 heures");
  }

  @Test
  void cgnat_dmz_and_backup_stay_unknown() {
    for (DemoDocument d : DemoReading.offer(Nordlink.SUPPLIER).documents()) {
      assertThat(read(d).facts().silent()).as(d.fileName()).contains("cgnat", "router_dmz", "backup_4g");
    }
  }
}
