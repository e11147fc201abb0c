package org.offerfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.extract.Documents.assertFact;
import static org.offerfacts.extract.Documents.read;
import static org.offerfacts.extract.Documents.the;

import org.junit.jupiter.api.Test;

/** Talk about the market, other companies or questions states nothing about this supplier. */
class GenericStatementsTest {

  @Test
  void most_isps_in_french_is_no_fact() {
    DocumentFacts facts = read("La plupart des FAI bloquent le port 25 pour limiter le spam.");

    assertThat(facts.facts()).isEmpty();
    assertThat(facts.silent()).contains("smtp_port25_outbound_blocked");
  }

  @Test
  void most_isps_in_english_is_no_fact() {
    assertThat(read("Most ISPs block port 25 to fight spam.").facts()).isEmpty();
  }

  @Test
  void your_isp_may_block_is_no_fact() {
    assertThat(read("Your ISP may block port 25, so use port 587 with authentication.").facts()).isEmpty();
  }

  @Test
  void an_example_is_no_fact() {
    assertThat(read("Certains opérateurs proposent par exemple une IP fixe en option.").facts()).isEmpty();
  }

  @Test
  void faq_yes_no_questions_are_no_fact() {
    DocumentFacts facts = read("""
        Questions fréquentes

        Le port 25 est-il bloqué ?

        Proposez-vous une adresse IP fixe ?

        Do you support IPv6?
        """);

    assertThat(facts.facts()).isEmpty();
    assertThat(facts.conflicts()).isEmpty();
  }

  @Test
  void the_answer_below_a_question_is_a_fact() {
    DocumentFacts facts = read("""
        Le port 25 est-il bloqué ?
        Oui : le port 25 sortant est bloqué par défaut sur nos offres grand public.
        """);

    Fact blocked = the(facts, "smtp_port25_outbound_blocked");
    assertFact(blocked, true, "by_default");
    assertThat(blocked.quote()).isEqualTo("Oui : le port 25 sortant est bloqué par défaut sur nos offres grand public.");
  }
}
