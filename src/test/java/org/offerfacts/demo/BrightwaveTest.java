package org.offerfacts.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.demo.DemoReading.read;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Brightwave's English spec sheet and service terms. */
class BrightwaveTest {
  @Test
  void english_spec_sheet_shows_an_open_router_and_best_effort_speeds() {
    DemoReading.Read sheet = read(Brightwave.SUPPLIER, Brightwave.SPEC_SHEET);

    assertThat(sheet.summary()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("access_technology", "ftth []"),
        Map.entry("download_mbps", "900.0 []"),
        Map.entry("upload_mbps", "300.0 []"),
        Map.entry("guaranteed_bandwidth", "false []"),
        Map.entry("ipv6", "true []"),
        Map.entry("ipv6_prefix", "56 []"),
        Map.entry("static_ipv4", "true [included]"),
        Map.entry("smtp_port25_outbound_blocked", "false []"),
        Map.entry("router_bridge_mode", "true []"),
        Map.entry("own_router_allowed", "true []"),
        Map.entry("router_dmz", "true []"),
        Map.entry("router_vpn", "false []"),
        Map.entry("support_24_7", "true []"),
        Map.entry("support_written_channel", "true []"),
        Map.entry("commitment_months", "12 []"),
        Map.entry("price_monthly_eur", "129.0 []")));
    assertThat(sheet.facts().conflicts()).isEmpty();
    assertThat(sheet.facts().language()).isEqualTo("en");
  }

  @Test
  void service_terms_give_gtr_8_h_and_99_9_percent_without_an_intervention_time() {
    DemoReading.Read pdf = read(Brightwave.SUPPLIER, Brightwave.TERMS);

    assertThat(pdf.summary()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "sla_gtr_hours", "8.0 []",
        "sla_availability_percent", "99.9 []"));
    assertThat(pdf.facts().silent()).contains("sla_gti_hours");
    assertThat(pdf.facts().language()).isEqualTo("en");
  }
}
