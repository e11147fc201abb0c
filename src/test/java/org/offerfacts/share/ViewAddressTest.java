package org.offerfacts.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.offerfacts.compare.CompareQuery;

class ViewAddressTest {
  @Test
  void a_path_or_a_full_permalink_names_the_same_canonical_view() {
    CompareQuery fromPath = ViewAddress.comparison("/compare?offers=2,1&attrs=ipv6&lang=fr");
    CompareQuery fromUrl = ViewAddress.comparison("https://offers.example.org/compare?offers=2&offers=1&attrs=ipv6");
    assertThat(fromPath).isEqualTo(fromUrl);
    assertThat(fromPath.href("/compare")).isEqualTo("/compare?offers=2,1&attrs=ipv6");
  }

  @Test
  void filters_with_encoded_characters_are_read_as_the_page_reads_them() {
    CompareQuery query = ViewAddress.comparison("/compare?where=sla_gtr_hours:%3C=4");
    assertThat(query.href("/compare")).isEqualTo("/compare?where=sla_gtr_hours:%3C=4");
  }

  @Test
  void anything_but_a_comparison_address_is_refused() {
    for (String view : new String[] {"", "/offers/1", "/compare.csv?offers=1", "javascript:alert(1)", "/compare?offers=x"}) {
      assertThatThrownBy(() -> ViewAddress.comparison(view)).as(view).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> ViewAddress.comparison("/compare?attrs=" + "a,".repeat(3000)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer than");
  }

  @Test
  void an_as_of_date_survives_the_url_round_trip_and_a_wrong_one_is_refused() {
    CompareQuery query = CompareQuery.parse(Map.of("offers", List.of("1"), "as_of", List.of("2026-11-20")));
    assertThat(query.asOf()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(query.href("/compare")).isEqualTo("/compare?offers=1&as_of=2026-11-20");
    assertThat(ViewAddress.comparison(query.href("/compare"))).isEqualTo(query);
    assertThatThrownBy(() -> CompareQuery.parse(Map.of("as_of", List.of("20/11/2026"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("as_of");
  }

  @Test
  void an_expiry_is_a_date_or_nothing() {
    assertThat(ShareLinks.expiry(" 2026-12-31 ")).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(ShareLinks.expiry("")).isNull();
    assertThatThrownBy(() -> ShareLinks.expiry("next week")).isInstanceOf(IllegalArgumentException.class);
  }
}
