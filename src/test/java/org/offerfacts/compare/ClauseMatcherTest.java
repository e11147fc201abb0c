package org.offerfacts.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.offerfacts.compare.CellHistoryTest.fact;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.store.FactStatus;
import org.offerfacts.store.StoredFact;

class ClauseMatcherTest {
  private static final Catalog CATALOG = Catalog.bundled();
  private final ClauseMatcher matcher = new ClauseMatcher(CATALOG);

  @Test
  void a_boolean_clause_passes_fails_or_stays_unknown() {
    Cells cells = cells(fact(1, 1, "ipv6", true, FactStatus.EXTRACTED, List.of()),
        fact(2, 2, "ipv6", false, FactStatus.EXTRACTED, List.of()));

    assertThat(verdict("ipv6:true", cells, 1)).isEqualTo(Verdict.PASS);
    assertThat(verdict("ipv6:true", cells, 2)).isEqualTo(Verdict.FAIL);
    assertThat(verdict("ipv6:true", cells, 3)).as("silence is not a no").isEqualTo(Verdict.UNKNOWN);
    assertThat(verdict("ipv6:!=true", cells, 2)).isEqualTo(Verdict.PASS);
    assertThat(verdict("ipv6:yes", cells, 1)).isEqualTo(Verdict.PASS);
  }

  @Test
  void numbers_compare_by_size_whatever_their_writing() {
    Cells cells = cells(fact(1, 1, "sla_gtr_hours", 4.0, FactStatus.EXTRACTED, List.of()),
        fact(2, 2, "sla_gtr_hours", 8L, FactStatus.EXTRACTED, List.of()));

    assertThat(verdict("sla_gtr_hours:<=4", cells, 1)).isEqualTo(Verdict.PASS);
    assertThat(verdict("sla_gtr_hours:<=4", cells, 2)).isEqualTo(Verdict.FAIL);
    assertThat(verdict("sla_gtr_hours:<4", cells, 1)).isEqualTo(Verdict.FAIL);
    assertThat(verdict("sla_gtr_hours:>4", cells, 2)).isEqualTo(Verdict.PASS);
    assertThat(verdict("sla_gtr_hours:8", cells, 2)).isEqualTo(Verdict.PASS);
  }

  @Test
  void a_condition_alternative_matches_a_fact_that_carries_it() {
    Cells cells = cells(fact(1, 1, "smtp_port25_outbound_blocked", true, FactStatus.EXTRACTED, List.of("on_request")),
        fact(2, 2, "smtp_port25_outbound_blocked", true, FactStatus.EXTRACTED, List.of("by_default")),
        fact(3, 3, "smtp_port25_outbound_blocked", false, FactStatus.EXTRACTED, List.of()));

    String openOrOpenable = "smtp_port25_outbound_blocked:false|on_request";
    assertThat(verdict(openOrOpenable, cells, 1)).isEqualTo(Verdict.PASS);
    assertThat(verdict(openOrOpenable, cells, 2)).isEqualTo(Verdict.FAIL);
    assertThat(verdict(openOrOpenable, cells, 3)).isEqualTo(Verdict.PASS);
  }

  @Test
  void alternatives_on_two_attributes_pass_if_either_does_and_doubt_remains_otherwise() {
    Cells cells = cells(fact(1, 1, "smtp_port25_outbound_blocked", true, FactStatus.EXTRACTED, List.of()),
        fact(2, 1, "smtp_port25_unblock_on_request", true, FactStatus.EXTRACTED, List.of()),
        fact(3, 2, "smtp_port25_outbound_blocked", true, FactStatus.EXTRACTED, List.of()));

    String clause = "smtp_port25_outbound_blocked:false|smtp_port25_unblock_on_request:true";
    assertThat(verdict(clause, cells, 1)).isEqualTo(Verdict.PASS);
    assertThat(verdict(clause, cells, 2)).isEqualTo(Verdict.UNKNOWN);
    assertThat(matcher.unknownAttributes(Clause.parse(clause), id -> cells.get(2, id)))
        .containsExactly("smtp_port25_unblock_on_request");
  }

  @Test
  void clauses_that_cannot_be_judged_are_refused_with_a_reason() {
    assertThatThrownBy(() -> matcher.check(Clause.parse("warp_drive:true"))).hasMessageContaining("unknown attribute 'warp_drive'");
    assertThatThrownBy(() -> matcher.check(Clause.parse("ipv6:<=3"))).hasMessageContaining("not a number");
    assertThatThrownBy(() -> matcher.check(Clause.parse("ipv6:perhaps"))).hasMessageContaining("'perhaps' is not a value of ipv6");
    assertThatThrownBy(() -> matcher.check(Clause.parse("sla_gtr_hours:soon"))).hasMessageContaining("not a value");
    matcher.check(Clause.parse("smtp_port25_outbound_blocked:false|on_request"));
    matcher.check(Clause.parse("access_technology:ftth"));
  }

  @Test
  void requirements_fail_on_one_failure_and_stay_unknown_on_one_doubt() {
    assertThat(Verdict.allOf(List.of(Verdict.PASS, Verdict.UNKNOWN, Verdict.FAIL))).isEqualTo(Verdict.FAIL);
    assertThat(Verdict.allOf(List.of(Verdict.PASS, Verdict.UNKNOWN))).isEqualTo(Verdict.UNKNOWN);
    assertThat(Verdict.allOf(List.of(Verdict.PASS, Verdict.PASS))).isEqualTo(Verdict.PASS);
  }

  private Verdict verdict(String clause, Cells cells, long offer) {
    Clause parsed = Clause.parse(clause);
    matcher.check(parsed);
    return matcher.verdict(parsed, id -> cells.get(offer, id));
  }

  private static Cells cells(StoredFact... facts) {
    return CellHistory.derive(List.of(facts), Map.of(1L, 1, 2L, 1, 3L, 2));
  }
}
