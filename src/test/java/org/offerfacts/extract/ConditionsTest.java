package org.offerfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.extract.Documents.assertFact;
import static org.offerfacts.extract.Documents.fact;
import static org.offerfacts.extract.Documents.read;
import static org.offerfacts.extract.Documents.the;

import org.junit.jupiter.api.Test;

/** Conditions qualify the clause they stand in: "by default" the block, "on request" the opening. */
class ConditionsTest {

  @Test
  void blocked_by_default_and_opened_on_request_each_keep_their_own_condition() {
    DocumentFacts facts = read("Le port 25 est bloqué par défaut, ouvert sur demande.");

    assertFact(the(facts, "smtp_port25_outbound_blocked"), true, "by_default");
    assertFact(the(facts, "smtp_port25_unblock_on_request"), true, "on_request");
  }

  @Test
  void a_leading_by_default_qualifies_the_block_and_not_the_later_opening() {
    DocumentFacts facts = read(
        "Par défaut, le port 25 sortant est bloqué ; il peut être débloqué sur simple demande auprès du support.");

    assertFact(the(facts, "smtp_port25_outbound_blocked"), true, "by_default");
    assertFact(the(facts, "smtp_port25_unblock_on_request"), true, "on_request");
  }

  @Test
  void english_block_by_default_with_a_request_after_but() {
    DocumentFacts facts = read("By default, outbound port 25 is blocked, but you can ask us to open it.");

    assertFact(the(facts, "smtp_port25_outbound_blocked"), true, "by_default");
    assertFact(the(facts, "smtp_port25_unblock_on_request"), true, "on_request");
  }

  @Test
  void ip_fixe_en_option_is_available_as_a_paid_option() {
    Fact ip = the(read("IP fixe en option."), "static_ipv4");

    assertFact(ip, true, "paid_option");
    assertThat(ip.quote()).isEqualTo("IP fixe en option.");
  }

  @Test
  void a_priced_option_after_a_colon_is_still_a_paid_option() {
    assertFact(the(read("Adresse IPv4 fixe : disponible en option à 5 € HT par mois."), "static_ipv4"), true,
        "paid_option");
  }

  @Test
  void included_at_no_extra_cost_is_included_and_not_paid() {
    assertFact(the(read("A static IP address is included at no extra cost."), "static_ipv4"), true, "included");
  }

  @Test
  void ipv6_prevu_is_not_ipv6_today() {
    assertFact(the(read("IPv6 prévu pour le second semestre."), "ipv6"), false, "planned");
  }

  @Test
  void ipv6_prevu_alone_in_a_spec_line_is_not_ipv6_today() {
    assertFact(the(read("IPv6 : prévu"), "ipv6"), false, "planned");
  }

  @Test
  void ipv6_planned_for_later_is_not_ipv6_today() {
    assertFact(the(read("Native IPv6 is planned for later this year."), "ipv6"), false, "planned");
  }

  @Test
  void ipv6_coming_soon_is_not_ipv6_today() {
    assertFact(the(read("IPv6 coming soon."), "ipv6"), false, "planned");
  }

  @Test
  void ipv6_available_soon_is_not_ipv6_today() {
    assertFact(the(read("IPv6 will be available soon on all fibre lines."), "ipv6"), false, "planned");
  }

  @Test
  void ipv6_arriving_prochainement_is_not_ipv6_today() {
    assertFact(the(read("L'IPv6 sera proposé prochainement sur nos offres fibre."), "ipv6"), false, "planned");
  }

  @Test
  void not_yet_available_is_false_and_planned() {
    assertFact(the(read("L'IPv6 n'est pas encore disponible sur les lignes VDSL2."), "ipv6"), false, "planned");
  }

  @Test
  void prevu_pour_les_entreprises_says_who_it_is_for_not_when() {
    assertFact(the(read("Le routeur compatible IPv6 est prévu pour les entreprises."), "ipv6"), true);
  }

  @Test
  void a_feature_provided_by_contract_is_not_planned() {
    DocumentFacts facts = read("Le secours 4G prévu au contrat bascule automatiquement en cas de coupure.");

    assertThat(fact(facts, "backup_4g")).get().satisfies(f -> assertThat(f.value()).isEqualTo(true))
        .satisfies(f -> assertThat(f.conditions()).doesNotContain("planned"));
  }

  @Test
  void some_offers_only_in_french() {
    assertFact(the(read("Une IP fixe est disponible en option sur certaines offres."), "static_ipv4"), true,
        "paid_option", "some_offers_only");
  }

  @Test
  void some_plans_only_in_english() {
    assertFact(the(read("A 4G backup link is available on some plans only."), "backup_4g"), true, "some_offers_only");
  }

  @Test
  void a_cue_in_the_clause_of_two_readings_qualifies_both() {
    DocumentFacts facts = read("Préfixe IPv6 /48 délégué sur demande.");

    assertFact(the(facts, "ipv6"), true, "on_request");
    assertFact(the(facts, "ipv6_prefix"), 48L, "on_request");
  }

  @Test
  void a_leading_by_default_goes_to_the_nearer_of_two_later_clauses() {
    DocumentFacts facts = read("Par défaut, le port 25 est bloqué, ouvert sur demande.");

    assertFact(the(facts, "smtp_port25_outbound_blocked"), true, "by_default");
    assertFact(the(facts, "smtp_port25_unblock_on_request"), true, "on_request");
  }
}
