package org.offerfacts.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.offerfacts.store.FactStatus;
import org.offerfacts.store.StoredFact;

class CellHistoryTest {
  @Test
  void the_newest_fact_of_the_highest_rank_is_current() {
    Cell cell = cell(fact(1, true, FactStatus.SUPPLIER_STATED), fact(2, false, FactStatus.EXTRACTED),
        fact(3, true, FactStatus.EXTRACTED), fact(4, false, FactStatus.SUPPLIER_STATED));

    assertThat(cell.current().id()).isEqualTo(4);
    assertThat(cell.value()).isEqualTo(false);
    assertThat(cell.sources()).isEqualTo(2);
    assertThat(cell.others()).extracting(StoredFact::id).containsExactly(1L);
  }

  @Test
  void a_verified_fact_outranks_a_newer_supplier_statement_which_stays_visible() {
    Cell cell = cell(fact(1, 4.0, FactStatus.VERIFIED), fact(2, 8.0, FactStatus.SUPPLIER_STATED), fact(3, 8L, FactStatus.EXTRACTED));

    assertThat(cell.current().id()).isEqualTo(1);
    assertThat(cell.others()).extracting(StoredFact::id).as("one per differing value, best first").containsExactly(2L);
    assertThat(cell.contested()).isTrue();
  }

  @Test
  void a_disputed_fact_is_never_current_by_itself_but_is_shown() {
    Cell onlyDisputed = cell(fact(1, true, FactStatus.DISPUTED));
    assertThat(onlyDisputed.known()).isFalse();
    assertThat(onlyDisputed.others()).extracting(StoredFact::id).containsExactly(1L);

    Cell disputedBeside = cell(fact(1, true, FactStatus.EXTRACTED), fact(2, false, FactStatus.DISPUTED));
    assertThat(disputedBeside.value()).isEqualTo(true);
    assertThat(disputedBeside.others()).extracting(StoredFact::id).containsExactly(2L);
  }

  @Test
  void whole_and_decimal_numbers_of_the_same_size_agree() {
    Cell cell = cell(fact(1, 4L, FactStatus.EXTRACTED), fact(2, 4.0, FactStatus.EXTRACTED));
    assertThat(cell.others()).isEmpty();
    assertThat(cell.sources()).isEqualTo(2);
  }

  @Test
  void an_unstated_cell_knows_how_many_documents_were_silent() {
    Cells cells = CellHistory.derive(List.of(fact(1, true, FactStatus.EXTRACTED)), Map.of(7L, 3, 8L, 0));

    assertThat(cells.get(7, "ipv6").known()).isTrue();
    Cell silent = cells.get(7, "cgnat");
    assertThat(silent.known()).isFalse();
    assertThat(silent.contested()).isFalse();
    assertThat(silent.documents()).isEqualTo(3);
    assertThat(cells.get(8, "ipv6").documents()).isZero();
  }

  @Test
  void among_claims_of_one_rank_the_strongest_evidence_wins_and_the_weaker_stays_visible() {
    StoredFact contract = fact(1, false, FactStatus.EXTRACTED);
    StoredFact brochure = fact(2, true, FactStatus.EXTRACTED);
    Cell byAge = cell(contract, brochure);
    assertThat(byAge.value()).as("without strengths, the newest").isEqualTo(true);

    Cell byStrength = CellHistory.cell(7, "ipv6", List.of(contract, brochure), 2, f -> f.id() == 1 ? 4 : 1);
    assertThat(byStrength.value()).isEqualTo(false);
    assertThat(byStrength.others()).singleElement().satisfies(o -> assertThat(o.value()).isEqualTo(true));
  }

  @Test
  void a_stated_no_is_known_not_unknown() {
    Cell no = cell(fact(1, false, FactStatus.EXTRACTED));
    assertThat(no.known()).isTrue();
    assertThat(no.value()).isEqualTo(false);
  }

  private static Cell cell(StoredFact... history) {
    return CellHistory.cell(7, "ipv6", List.of(history), 2);
  }

  static StoredFact fact(long id, Object value, FactStatus status) {
    return fact(id, 7, "ipv6", value, status, List.of());
  }

  static StoredFact fact(long id, long offer, String attribute, Object value, FactStatus status, List<String> conditions) {
    return new StoredFact(id, offer, attribute, value, conditions, status, 10L, 1, "quote " + id, 0, 5, null, 0.9,
        "rule", "2026-01-01T00:00:00Z");
  }
}
