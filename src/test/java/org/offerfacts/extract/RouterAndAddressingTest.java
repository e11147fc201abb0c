package org.offerfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.extract.Documents.assertFact;
import static org.offerfacts.extract.Documents.fact;
import static org.offerfacts.extract.Documents.read;
import static org.offerfacts.extract.Documents.the;

import org.junit.jupiter.api.Test;

/** What the provided router can do and how the customer is addressed, said both ways. */
class RouterAndAddressingTest {

  @Test
  void port_forwarding_and_dmz_named_together_are_both_true() {
    DocumentFacts facts = read("La box permet de configurer des redirections de ports et une DMZ.");

    assertFact(the(facts, "router_port_forwarding"), true);
    assertFact(the(facts, "router_dmz"), true);
  }

  @Test
  void pas_de_redirection_de_ports_is_false() {
    assertFact(the(read("Pas de redirection de ports sur cette box."), "router_port_forwarding"), false);
  }

  @Test
  void a_firewall_not_configurable_is_false() {
    assertFact(the(read("Le pare-feu de la box n'est pas configurable."), "router_firewall_configurable"), false);
  }

  @Test
  void a_reverse_dns_that_cannot_be_changed_is_false() {
    Fact rdns = the(read("Le reverse DNS n'est pas modifiable."), "reverse_dns");

    assertFact(rdns, false);
    assertThat(rdns.quote()).isEqualTo("Le reverse DNS n'est pas modifiable.");
  }

  @Test
  void an_address_shared_with_other_subscribers_is_cgnat() {
    assertFact(the(read("Votre adresse IPv4 publique est partagée avec d'autres abonnés."), "cgnat"), true);
  }

  @Test
  void addresses_not_shared_is_no_cgnat() {
    assertFact(the(read("Les adresses IPv4 ne sont pas partagées."), "cgnat"), false);
    assertFact(the(read("We do not use CGNAT: every line gets its own public IPv4."), "cgnat"), false);
  }

  @Test
  void the_home_nat_sharing_one_address_between_devices_is_not_cgnat() {
    assertThat(fact(read("L'adresse IP publique est partagée entre tous les appareils de votre domicile."), "cgnat"))
        .isEmpty();
  }

  @Test
  void the_router_of_your_choice_is_allowed_and_ours_imposed_is_not() {
    assertFact(the(read("Vous pouvez utiliser le routeur de votre choix."), "own_router_allowed"), true);
    assertFact(the(read("L'utilisation de nos routeurs est obligatoire."), "own_router_allowed"), false);
  }

  @Test
  void backup_4g_only_as_an_option_is_available_as_a_paid_option() {
    assertFact(the(read("La 4G de secours n'est disponible qu'en option."), "backup_4g"), true, "paid_option");
  }

  @Test
  void a_delegated_prefix_says_ipv6_is_provided() {
    DocumentFacts facts = read("Each line is delegated a /56 IPv6 prefix.");

    assertFact(the(facts, "ipv6"), true);
    assertFact(the(facts, "ipv6_prefix"), 56L);
  }
}
