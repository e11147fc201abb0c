package org.offerfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.extract.Documents.assertFact;
import static org.offerfacts.extract.Documents.fact;
import static org.offerfacts.extract.Documents.read;
import static org.offerfacts.extract.Documents.the;

import org.junit.jupiter.api.Test;

/** Numbers as suppliers write them, converted to the attribute's unit. */
class NumbersAndUnitsTest {

  @Test
  void a_french_decimal_comma_percentage() {
    Fact availability = the(read("Disponibilité garantie de 99,95 % sur l'année."), "sla_availability_percent");

    assertFact(availability, 99.95);
    assertThat(availability.quote()).isEqualTo("Disponibilité garantie de 99,95 % sur l'année.");
  }

  @Test
  void an_english_decimal_point_percentage() {
    assertFact(the(read("We guarantee 99.9% network availability."), "sla_availability_percent"), 99.9);
  }

  @Test
  void gigabits_are_converted_to_megabits() {
    assertFact(the(read("Débit jusqu'à 1 Gbit/s en téléchargement."), "download_mbps"), 1000.0);
  }

  @Test
  void megabits_written_mb_per_s() {
    assertFact(the(read("Débit descendant : 8 Mb/s."), "download_mbps"), 8.0);
  }

  @Test
  void thousands_written_with_a_space() {
    assertFact(the(read("Débit descendant maximal de 1 000 Mbit/s."), "download_mbps"), 1000.0);
  }

  @Test
  void megas_as_suppliers_say_it() {
    assertFact(the(read("Débit : 8 Mégas en réception."), "download_mbps"), 8.0);
  }

  @Test
  void a_down_up_pair_gives_both_rates() {
    DocumentFacts facts = read("Fibre Pro : jusqu'à 300/100 Mbit/s.");

    assertFact(the(facts, "download_mbps"), 300.0);
    assertFact(the(facts, "upload_mbps"), 100.0);
  }

  @Test
  void named_downstream_and_upstream_rates_in_one_sentence() {
    DocumentFacts facts = read("Débit descendant de 500 Mbit/s et débit montant de 200 Mbit/s.");

    assertFact(the(facts, "download_mbps"), 500.0);
    assertFact(the(facts, "upload_mbps"), 200.0);
  }

  @Test
  void a_rate_before_and_belongs_to_the_first_label_and_the_one_after_to_the_second() {
    DocumentFacts facts = read("Download speeds up to 900 Mbps and upload speeds up to 110 Mbps.");

    assertFact(the(facts, "download_mbps"), 900.0);
    assertFact(the(facts, "upload_mbps"), 110.0);
  }

  @Test
  void rates_written_before_their_labels_in_french() {
    DocumentFacts facts = read("Débit jusqu'à 300 Mbit/s en téléchargement et 100 Mbit/s en envoi.");

    assertFact(the(facts, "download_mbps"), 300.0);
    assertFact(the(facts, "upload_mbps"), 100.0);
  }

  @Test
  void hours_written_4h() {
    assertFact(the(read("GTR 4h incluse."), "sla_gtr_hours"), 4.0, "included");
  }

  @Test
  void hours_written_in_words() {
    assertFact(the(read("Le service est rétabli en quatre heures au plus."), "sla_gtr_hours"), 4.0);
  }

  @Test
  void months_written_12_mois() {
    assertFact(the(read("Engagement de 12 mois."), "commitment_months"), 12L);
  }

  @Test
  void a_year_written_in_words_is_twelve_months() {
    assertFact(the(read("Durée d'engagement : un an."), "commitment_months"), 12L);
  }

  @Test
  void years_are_converted_to_months() {
    assertFact(the(read("The minimum term is two years."), "commitment_months"), 24L);
  }

  @Test
  void sans_engagement_is_zero_months() {
    assertFact(the(read("Offre sans engagement, résiliable à tout moment."), "commitment_months"), 0L);
  }

  @Test
  void aucun_engagement_is_zero_months() {
    assertFact(the(read("Aucun engagement de durée : le contrat se résilie en ligne."), "commitment_months"), 0L);
  }

  @Test
  void gti_and_gtr_in_one_sentence_each_take_their_own_number() {
    DocumentFacts facts = read("GTI 2h, GTR 4h.");

    assertFact(the(facts, "sla_gti_hours"), 2.0);
    assertFact(the(facts, "sla_gtr_hours"), 4.0);
  }

  @Test
  void gti_and_gtr_as_label_and_value_pairs() {
    DocumentFacts facts = read("GTI : 4 heures ouvrées ; GTR : 8 heures.");

    assertFact(the(facts, "sla_gti_hours"), 4.0);
    assertFact(the(facts, "sla_gtr_hours"), 8.0);
  }

  @Test
  void a_restoration_time_is_a_gtr_and_not_a_gti() {
    DocumentFacts facts = read("Temps de rétablissement de 8 heures.");

    assertFact(the(facts, "sla_gtr_hours"), 8.0);
    assertThat(fact(facts, "sla_gti_hours")).isEmpty();
  }

  @Test
  void h_plus_4_is_four_hours() {
    assertFact(the(read("Option GTR H+4 disponible."), "sla_gtr_hours"), 4.0);
  }

  @Test
  void intervention_at_h_plus_and_restoration_in_hours_are_read_apart() {
    DocumentFacts facts = read("Intervention sous H+4, rétablissement garanti en 8 heures.");

    assertFact(the(facts, "sla_gti_hours"), 4.0);
    assertFact(the(facts, "sla_gtr_hours"), 8.0);
  }

  @Test
  void english_on_site_intervention_and_restoration() {
    DocumentFacts facts = read("Intervention on site within 4 hours, service restored within 8 hours.");

    assertFact(the(facts, "sla_gti_hours"), 4.0);
    assertFact(the(facts, "sla_gtr_hours"), 8.0);
  }

  @Test
  void an_ipv6_prefix_length() {
    assertFact(the(read("Chaque ligne reçoit un préfixe IPv6 délégué en /56."), "ipv6_prefix"), 56L);
  }

  @Test
  void an_ipv4_prefix_is_counted_in_addresses() {
    assertFact(the(read("Bloc de 8 adresses IPv4 publiques (/29) en option."), "ipv4_block"), 8L, "paid_option");
  }

  @Test
  void a_single_address_beside_a_block_is_not_the_block_size() {
    DocumentFacts facts = read("Adresses IP : 1 adresse IPv4 fixe incluse, bloc /29 en option.");

    assertFact(the(facts, "ipv4_block"), 8L, "paid_option");
    assertThat(facts.conflicts()).isEmpty();
  }

  @Test
  void a_counted_block_in_english() {
    assertFact(the(read("We can assign a block of 16 public IP addresses to your line."), "ipv4_block"), 16L);
  }
}
