package org.offerfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.extract.Documents.fact;
import static org.offerfacts.extract.Documents.read;

import org.junit.jupiter.api.Test;

/** A document that disagrees with itself records no fact and says so. */
class ConflictsTest {

  @Test
  void two_rates_stated_with_equal_strength_give_no_fact_and_one_conflict() {
    String text = """
        Offre Fibre Essentiel : débit jusqu'à 100 Mbit/s.

        Offre Fibre Essentiel : débit jusqu'à 1 Gbit/s.
        """;
    DocumentFacts facts = read(text);

    assertThat(fact(facts, "download_mbps")).isEmpty();
    assertThat(facts.conflicts()).hasSize(1);
    Conflict conflict = facts.conflicts().get(0);
    assertThat(conflict.attribute()).isEqualTo("download_mbps");
    assertThat(conflict.resolved()).isFalse();
    assertThat(conflict.readings()).extracting(Fact::value).containsExactlyInAnyOrder(100.0, 1000.0);
    assertThat(conflict.readings()).extracting(Fact::quote).containsExactlyInAnyOrder(
        "Offre Fibre Essentiel : débit jusqu'à 100 Mbit/s.", "Offre Fibre Essentiel : débit jusqu'à 1 Gbit/s.");
    assertThat(facts.silent()).doesNotContain("download_mbps");
    assertThat(facts.warnings()).anyMatch(w -> w.contains("download_mbps"));
  }

  @Test
  void two_rates_in_consecutive_sentences_conflict_too() {
    DocumentFacts facts = read("Nos lignes offrent un débit de 100 Mbit/s. Le débit atteint 1 Gbit/s.");

    assertThat(fact(facts, "download_mbps")).isEmpty();
    assertThat(facts.conflicts()).singleElement()
        .satisfies(c -> assertThat(c.readings()).extracting(Fact::value).containsExactlyInAnyOrder(100.0, 1000.0));
  }

  @Test
  void the_same_value_said_twice_is_one_fact_and_no_conflict() {
    DocumentFacts facts = read("L'IPv6 natif est fourni.\n\nNous fournissons l'IPv6 en double pile.");

    assertThat(fact(facts, "ipv6")).get().extracting(Fact::value).isEqualTo(true);
    assertThat(facts.conflicts()).isEmpty();
  }

  @Test
  void yes_and_no_on_ipv6_are_both_kept_in_the_conflict() {
    DocumentFacts facts = read("L'IPv6 est fourni sur la fibre.\n\nL'IPv6 n'est pas fourni sur la fibre.");

    assertThat(facts.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.attribute()).isEqualTo("ipv6");
      assertThat(c.readings()).extracting(Fact::value).containsExactlyInAnyOrder(true, false);
    });
  }
}
