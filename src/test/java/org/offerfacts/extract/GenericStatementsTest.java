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
  void isps_typically_is_talk_about_the_market() {
    assertThat(read("ISPs typically block port 25 to fight spam.").facts()).isEmpty();
    assertThat(read("Les fournisseurs d'accès bloquent fréquemment le port 25.").facts()).isEmpty();
  }

  @Test
  void if_your_operator_blocks_is_no_fact() {
    assertThat(read("Si votre opérateur bloque le port 25, utilisez le port 587 avec authentification.").facts())
        .isEmpty();
  }

  @Test
  void a_habit_of_the_supplier_itself_is_a_hedged_fact() {
    Fact ip = the(read("Nous fournissons généralement une adresse IP fixe à nos clients professionnels."), "static_ipv4");

    assertFact(ip, true);
    assertThat(ip.confidence()).isLessThan(0.8).isGreaterThanOrEqualTo(0.5);
  }

  @Test
  void a_restated_answer_below_a_question_is_a_fact_quoted_from_the_answer() {
    String text = """
        Le port 25 est-il bloqué ?
        Le port 25 sortant est bloqué par défaut sur nos offres grand public.
        """;
    Fact blocked = the(read(text), "smtp_port25_outbound_blocked");

    assertFact(blocked, true, "by_default");
    assertThat(blocked.quote()).isEqualTo("Le port 25 sortant est bloqué par défaut sur nos offres grand public.");
  }

  @Test
  void a_yes_answering_a_faq_question_states_what_it_asks() {
    String text = "Le port 25 est-il bloqué ? Oui, par défaut. Vous pouvez demander son déblocage.";
    DocumentFacts facts = read(text);

    Fact blocked = the(facts, "smtp_port25_outbound_blocked");
    assertFact(blocked, true, "by_default");
    assertThat(blocked.quote()).isEqualTo("Le port 25 est-il bloqué ? Oui, par défaut.");
    assertFact(the(facts, "smtp_port25_unblock_on_request"), true, "on_request");
  }

  @Test
  void a_no_answering_a_faq_question_denies_what_it_asks() {
    String text = "Proposez-vous l'IPv6 ?\nNon, pas encore.";
    Fact ipv6 = the(read(text), "ipv6");

    assertFact(ipv6, false, "planned");
    assertThat(ipv6.quote()).isEqualTo(text);
  }

  @Test
  void an_answer_that_is_not_yes_or_no_leaves_the_question_unanswered() {
    assertThat(read("Do you support IPv6? We are working on it.").facts()).isEmpty();
  }

  @Test
  void a_hedge_weakens_its_own_statement_only() {
    Fact hedged = the(read("Le port 25 peut être bloqué."), "smtp_port25_outbound_blocked");
    Fact plain = the(read("Le port 25 sortant est bloqué ; vos logiciels peuvent utiliser le port 587."),
        "smtp_port25_outbound_blocked");

    assertFact(hedged, true);
    assertFact(plain, true);
    assertThat(hedged.confidence()).isLessThan(plain.confidence());
    assertThat(plain.confidence()).isEqualTo(0.8);
  }
}
