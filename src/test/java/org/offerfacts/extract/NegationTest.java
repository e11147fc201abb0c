package org.offerfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.extract.Documents.assertFact;
import static org.offerfacts.extract.Documents.read;
import static org.offerfacts.extract.Documents.the;

import org.junit.jupiter.api.Test;

/** A negated statement is a "no", and only the clause it stands in is negated. */
class NegationTest {

  @Test
  void port_25_sentence_with_negation_is_not_blocked() {
    String text = "Sur nos lignes professionnelles, le port 25 n'est pas bloqué.";
    Fact blocked = the(read(text), "smtp_port25_outbound_blocked");

    assertFact(blocked, false);
    assertThat(blocked.quote()).isEqualTo(text);
    assertThat(blocked.start()).isZero();
    assertThat(blocked.end()).isEqualTo(text.length());
    assertThat(blocked.page()).isEqualTo(1);
  }

  @Test
  void ne_verb_pas_around_the_verb_negates_it() {
    assertFact(the(read("Nous ne bloquons pas le port 25 sortant de nos clients."), "smtp_port25_outbound_blocked"), false);
  }

  @Test
  void aucun_before_the_feature_negates_it() {
    assertFact(the(read("Aucune adresse IP fixe n'est fournie avec l'offre Essentiel."), "static_ipv4"), false);
    assertFact(the(read("Aucun filtrage n'est appliqué sur le port 25."), "smtp_port25_outbound_blocked"), false);
  }

  @Test
  void ne_plus_says_the_feature_is_gone() {
    assertFact(the(read("La Box Pro ne propose plus le mode bridge depuis la version 3."), "router_bridge_mode"), false);
  }

  @Test
  void english_not_negates_the_verb_it_precedes() {
    assertFact(the(read("Port 25 is not blocked on business lines."), "smtp_port25_outbound_blocked"), false);
  }

  @Test
  void english_no_before_the_feature_negates_it() {
    assertFact(the(read("No static IP address is provided with this plan."), "static_ipv4"), false);
  }

  @Test
  void do_not_support_negates_the_feature() {
    Fact ipv6 = the(read("We do not support IPv6 on ADSL lines."), "ipv6");

    assertFact(ipv6, false);
    assertThat(ipv6.quote()).isEqualTo("We do not support IPv6 on ADSL lines.");
  }

  @Test
  void are_not_available_after_the_feature_denies_it() {
    assertFact(the(read("Static IP addresses are not available on residential plans."), "static_ipv4"), false);
  }

  @Test
  void a_negation_in_the_next_clause_does_not_flip_the_first() {
    DocumentFacts facts = read("Port 25 is blocked, but we can open it on request.");

    assertFact(the(facts, "smtp_port25_outbound_blocked"), true);
    assertFact(the(facts, "smtp_port25_unblock_on_request"), true, "on_request");
  }

  @Test
  void a_denial_of_one_feature_leaves_the_other_clause_alone() {
    DocumentFacts facts = read("L'IPv6 natif est fourni en double pile, mais le mode bridge n'est pas disponible.");

    assertFact(the(facts, "ipv6"), true);
    assertFact(the(facts, "router_bridge_mode"), false);
  }

  @Test
  void sans_frais_is_not_a_negation() {
    assertFact(the(read("Une adresse IP fixe est fournie sans frais."), "static_ipv4"), true, "included");
  }

  @Test
  void no_extra_cost_is_not_a_negation() {
    assertFact(the(read("A static IP address is included at no extra cost."), "static_ipv4"), true, "included");
  }

  @Test
  void sans_supplement_is_not_a_negation_nor_a_paid_option() {
    assertFact(the(read("Le secours 4G est inclus sans supplément dans l'offre Pro."), "backup_4g"), true, "included");
  }

  @Test
  void a_negation_far_before_the_feature_does_not_reach_it() {
    String text = "Nous ne facturons jamais les appels vers le support technique et les lignes fixes de nos clients "
        + "professionnels disposent du mode bridge.";
    assertFact(the(read(text), "router_bridge_mode"), true);
  }

  @Test
  void sans_denies_only_the_noun_right_after_it() {
    assertFact(the(read("Internet sans coupure grâce au secours 4G inclus."), "backup_4g"), true, "included");
  }

  @Test
  void sans_right_before_the_feature_denies_it() {
    assertFact(the(read("Une offre sans IP fixe, à prix réduit."), "static_ipv4"), false);
  }

  @Test
  void no_before_a_described_feature_denies_it() {
    assertFact(the(read("There is no outbound port 25 filtering on business lines."), "smtp_port25_outbound_blocked"),
        false);
  }

  @Test
  void neither_nor_denies_both_features() {
    DocumentFacts facts = read("Neither IPv6 nor static IPs are offered on this plan.");

    assertFact(the(facts, "ipv6"), false);
    assertFact(the(facts, "static_ipv4"), false);
  }

  @Test
  void ne_que_means_only_and_is_not_a_negation() {
    assertFact(the(read("Nous ne proposons que l'IPv6 natif sur la fibre."), "ipv6"), true);
    assertFact(the(read("L'adresse IP fixe n'est qu'en option."), "static_ipv4"), true, "paid_option");
  }

  @Test
  void ne_pas_que_is_still_a_negation() {
    assertFact(the(read("Nous ne garantissons pas que l'IPv6 soit disponible."), "ipv6"), false);
  }

  @Test
  void a_cue_negating_another_verb_does_not_negate_the_subject() {
    DocumentFacts facts = read("Il est impossible de débloquer le port 25 sortant, qui reste bloqué.");

    assertFact(the(facts, "smtp_port25_outbound_blocked"), true);
    assertFact(the(facts, "smtp_port25_unblock_on_request"), false);
  }

  @Test
  void a_negation_in_another_clause_than_the_predicate_does_not_reach_it() {
    assertFact(the(read("Nous ne facturons pas l'IPv6, fourni gratuitement."), "ipv6"), true, "included");
  }

  @Test
  void a_guaranteed_rate_is_guaranteed_and_a_rate_not_guaranteed_is_best_effort() {
    assertFact(the(read("Débit symétrique garanti de 1 Gbit/s."), "guaranteed_bandwidth"), true);
    assertFact(the(read("Débit non garanti, au mieux de 1 Gbit/s."), "guaranteed_bandwidth"), false);
  }
}
