package org.offerfacts.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.offerfacts.extract.Fact;

/**
 * The set exists to show a comparison worth reading: on the attributes a buyer looks at first,
 * the offers must answer differently, and some must stay silent. Read from the documents, so a
 * change of wording that loses a contrast fails here.
 */
class DemoComparisonTest {
  /** Supplier → attribute → value, from all the offer's documents. */
  private static final Map<String, Map<String, Object>> VALUES = read();

  @Test
  void port_25_is_blocked_at_two_suppliers_and_open_at_two() {
    assertThat(column("smtp_port25_outbound_blocked")).containsExactly(true, false, true, false);
  }

  @Test
  void gtr_is_4_h_at_one_supplier_8_h_at_two_and_unknown_at_the_4g_one() {
    assertThat(column("sla_gtr_hours")).containsExactly(4.0, 8.0, null, 8.0);
  }

  @Test
  void availability_is_99_95_or_99_9_or_unknown() {
    assertThat(column("sla_availability_percent")).containsExactly(99.95, 99.9, null, 99.9);
  }

  @Test
  void bridge_mode_is_yes_no_and_unknown() {
    assertThat(column("router_bridge_mode")).containsExactly(null, true, false, true);
  }

  @Test
  void each_offer_states_the_price_and_technology_it_is_listed_with() {
    for (DemoOffer offer : DemoSet.offers()) {
      Map<String, Object> values = VALUES.get(offer.supplier());
      assertThat(values.get("price_monthly_eur")).as(offer.supplier())
          .isEqualTo(offer.monthlyPriceEur().doubleValue());
      String technology = (String) values.get("access_technology");
      assertThat(offer.kind()).as(offer.supplier()).isEqualTo(technology.startsWith("ft") ? "fibre" : technology);
    }
  }

  @Test
  void documents_of_one_offer_never_contradict_each_other() {
    for (DemoOffer offer : DemoSet.offers()) {
      Map<String, Object> seen = new LinkedHashMap<>();
      for (DemoDocument d : offer.documents()) {
        for (Fact f : DemoReading.read(d).facts().facts()) {
          Object before = seen.putIfAbsent(f.attribute(), f.value());
          assertThat(before == null || before.equals(f.value())).as(f.attribute() + " in " + d.fileName()).isTrue();
        }
      }
    }
  }

  private static Object[] column(String attribute) {
    return VALUES.values().stream().map(v -> v.get(attribute)).toArray();
  }

  private static Map<String, Map<String, Object>> read() {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    for (DemoOffer offer : DemoSet.offers()) {
      Map<String, Object> values = new LinkedHashMap<>();
      for (DemoDocument d : offer.documents()) {
        for (Fact f : DemoReading.read(d).facts().facts()) values.putIfAbsent(f.attribute(), f.value());
      }
      out.put(offer.supplier(), values);
    }
    return out;
  }
}
