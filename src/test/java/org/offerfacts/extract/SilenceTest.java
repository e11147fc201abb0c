package org.offerfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.extract.Documents.assertFact;
import static org.offerfacts.extract.Documents.fact;
import static org.offerfacts.extract.Documents.read;
import static org.offerfacts.extract.Documents.the;

import org.junit.jupiter.api.Test;

/** Silence is "unknown", never "no". */
class SilenceTest {
  private static final String SILENT_ON_IPV6 = """
      Offre Fibre Pro
      Débit descendant jusqu'à 1 Gbit/s.
      Engagement de 12 mois.
      Le support est joignable 24h/24 et 7j/7.
      """;

  @Test
  void a_document_silent_on_ipv6_lists_it_as_silent_and_states_no_ipv6_fact() {
    DocumentFacts facts = read(SILENT_ON_IPV6);

    assertThat(fact(facts, "ipv6")).isEmpty();
    assertThat(facts.silent()).contains("ipv6", "static_ipv4", "smtp_port25_outbound_blocked");
    assertThat(facts.silent()).doesNotContain("download_mbps", "commitment_months", "support_24_7");
    assertThat(Documents.attributes(facts)).containsExactly("download_mbps", "support_24_7", "commitment_months");
  }

  @Test
  void a_document_saying_ipv6_is_not_available_states_false_and_is_not_silent() {
    DocumentFacts facts = read(SILENT_ON_IPV6 + "L'IPv6 n'est pas disponible sur cette offre.\n");

    assertFact(the(facts, "ipv6"), false);
    assertThat(facts.silent()).doesNotContain("ipv6");
  }

  @Test
  void a_mention_of_ipv6_without_a_statement_is_still_silence() {
    DocumentFacts facts = read("Guide : vérifier votre connectivité IPv6 avec la commande ping6.");

    assertThat(fact(facts, "ipv6")).isEmpty();
    assertThat(facts.silent()).contains("ipv6");
  }

  @Test
  void an_empty_document_is_silent_on_every_attribute() {
    DocumentFacts facts = read("");

    assertThat(facts.facts()).isEmpty();
    assertThat(facts.silent()).hasSize(Documents.EXTRACTOR.catalog().attributes().size());
  }

  @Test
  void the_language_is_guessed_from_the_text() {
    assertThat(read(SILENT_ON_IPV6).language()).isEqualTo("fr");
    assertThat(read("Our support team is available by e-mail and the router is included.").language()).isEqualTo("en");
  }
}
