package org.offerfacts.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompareQueryTest {
  @Test
  void a_canonical_query_reads_back_to_the_same_writing() {
    String written = "offers=3,1&kind=fibre&attrs=ipv6,smtp_port25_outbound_blocked&cats=router"
        + "&where=ipv6:true,sla_gtr_hours:%3C=4,smtp_port25_outbound_blocked:false%7Con_request&diff=1&sort=-sla_gtr_hours&profile=2";
    CompareQuery query = CompareQuery.parse(params(written));

    assertThat(query.offers()).containsExactly(3L, 1L);
    assertThat(query.where()).hasSize(3);
    assertThat(query.where().get(1).alternatives().get(0).op()).isEqualTo(Op.LE);
    assertThat(query.diff()).isTrue();
    assertThat(query.toQueryString()).isEqualTo(written);
    assertThat(CompareQuery.parse(params(query.toQueryString()))).isEqualTo(query);
  }

  @Test
  void the_default_view_writes_nothing_and_defaults_are_left_out() {
    assertThat(CompareQuery.ALL.toQueryString()).isEmpty();
    assertThat(CompareQuery.ALL.href("/compare")).isEqualTo("/compare");
    CompareQuery query = CompareQuery.parse(params("offers=&where=&diff=0&sort=&profile=&attrs=ipv6"));
    assertThat(query.toQueryString()).isEqualTo("attrs=ipv6");
  }

  @Test
  void repeated_parameters_from_a_form_become_one_comma_list_without_duplicates() {
    CompareQuery query = CompareQuery.parse(params("offers=2&offers=1&offers=2&attrs=ipv6&attrs=cgnat"));
    assertThat(query.toQueryString()).isEqualTo("offers=2,1&attrs=ipv6,cgnat");
    assertThat(query.isWrittenAs("offers=2&offers=1&offers=2&attrs=ipv6&attrs=cgnat")).isFalse();
    assertThat(query.isWrittenAs("offers=2,1&attrs=ipv6,cgnat&lang=fr")).isTrue();
    assertThat(query.isWrittenAs("offers=2%2C1&attrs=ipv6%2Ccgnat")).as("encoding aside").isTrue();
  }

  @Test
  void a_where_clause_is_written_with_its_attribute_once_per_run() {
    Clause clause = Clause.parse("smtp_port25_outbound_blocked : false | on_request|smtp_port25_unblock_on_request:true");
    assertThat(clause.written()).isEqualTo("smtp_port25_outbound_blocked:false|on_request|smtp_port25_unblock_on_request:true");
    assertThat(clause.attributes()).containsExactly("smtp_port25_outbound_blocked", "smtp_port25_unblock_on_request");
    assertThat(Clause.parse("sla_gtr_hours:>=4").written()).isEqualTo("sla_gtr_hours:>=4");
    assertThat(Clause.parse("ipv6:!=false").alternatives().get(0).op()).isEqualTo(Op.NE);
  }

  @Test
  void malformed_parameters_are_refused_with_a_message_naming_them() {
    assertThatThrownBy(() -> CompareQuery.parse(params("offers=1,abc"))).hasMessageContaining("'abc' is not an offer id");
    assertThatThrownBy(() -> CompareQuery.parse(params("where=ipv6"))).hasMessageContaining("attribute:value");
    assertThatThrownBy(() -> CompareQuery.parse(params("where=ipv6:"))).hasMessageContaining("no value");
    assertThatThrownBy(() -> CompareQuery.parse(params("where=IPv6%3Cx:true"))).hasMessageContaining("not an attribute id");
    assertThatThrownBy(() -> CompareQuery.parse(params("diff=maybe"))).hasMessageContaining("diff");
    assertThatThrownBy(() -> CompareQuery.parse(params("sort=price;drop"))).hasMessageContaining("sort");
    assertThatThrownBy(() -> CompareQuery.parse(params("profile=-1"))).hasMessageContaining("profile");
  }

  @Test
  void sizes_are_capped_at_the_edge() {
    String many = String.join(",", java.util.stream.IntStream.rangeClosed(1, CompareQuery.MAX_ITEMS + 1).mapToObj(String::valueOf).toList());
    assertThatThrownBy(() -> CompareQuery.parse(params("offers=" + many))).hasMessageContaining("more than");
    assertThatThrownBy(() -> Clause.parse("ipv6:" + "x".repeat(Clause.MAX_LENGTH))).hasMessageContaining("longer");
  }

  @Test
  void sorting_reads_its_key_and_direction() {
    CompareQuery query = CompareQuery.ALL.withSort("-price");
    assertThat(query.sortKey()).isEqualTo("price");
    assertThat(query.sortDescending()).isTrue();
    assertThat(query.toQueryString()).isEqualTo("sort=-price");
  }

  /** As the server hands parameters over: decoded, repeated names kept. */
  static Map<String, List<String>> params(String query) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (Map.Entry<String, String> pair : UrlText.pairs(query, null)) {
      params.computeIfAbsent(pair.getKey(), k -> new java.util.ArrayList<>()).add(pair.getValue());
    }
    return params;
  }
}
