package org.offerfacts.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.demo.DemoReading.read;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Azur's 4G spec sheet, and conditions that promise no service level. */
class AzurConnectTest {
  @Test
  void spec_sheet_shows_cgnat_a_paid_fixed_address_and_port_25_blocked_until_asked() {
    DemoReading.Read sheet = read(AzurConnect.SUPPLIER, AzurConnect.SPEC_SHEET);

    assertThat(sheet.summary()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("access_technology", "4g []"),
        Map.entry("download_mbps", "300.0 []"),
        Map.entry("upload_mbps", "50.0 []"),
        Map.entry("guaranteed_bandwidth", "false []"),
        Map.entry("ipv6", "true [by_default]"),
        Map.entry("cgnat", "true []"),
        Map.entry("static_ipv4", "true [paid_option]"),
        Map.entry("smtp_port25_outbound_blocked", "true [by_default]"),
        Map.entry("smtp_port25_unblock_on_request", "true [on_request]"),
        Map.entry("router_bridge_mode", "false []"),
        Map.entry("router_port_forwarding", "true []"),
        Map.entry("commitment_months", "0 []"),
        Map.entry("price_monthly_eur", "59.0 []")));
    assertThat(sheet.facts().conflicts()).isEmpty();
  }

  @Test
  void conditions_pdf_only_says_support_answers_in_writing() {
    DemoReading.Read pdf = read(AzurConnect.SUPPLIER, AzurConnect.CONDITIONS);

    assertThat(pdf.summary()).containsExactlyInAnyOrderEntriesOf(Map.of("support_written_channel", "true []"));
    assertThat(pdf.document().text().pageCount()).isEqualTo(3);
  }

  @Test
  void no_document_states_a_service_level_or_24_7_support() {
    for (DemoDocument d : DemoReading.offer(AzurConnect.SUPPLIER).documents()) {
      assertThat(read(d).facts().silent()).as(d.fileName())
          .contains("sla_gti_hours", "sla_gtr_hours", "sla_availability_percent", "support_24_7");
    }
  }
}
