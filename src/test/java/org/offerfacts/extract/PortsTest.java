package org.offerfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.extract.Documents.assertFact;
import static org.offerfacts.extract.Documents.fact;
import static org.offerfacts.extract.Documents.read;
import static org.offerfacts.extract.Documents.the;

import org.junit.jupiter.api.Test;

/** Port 25: only the outbound direction counts, and a prohibition is a block. */
class PortsTest {
  private static final String BLOCKED = "smtp_port25_outbound_blocked";

  @Test
  void outbound_port_25_filtered_is_blocked() {
    assertFact(the(read("Le port 25 sortant est filtré sur toutes nos offres grand public."), BLOCKED), true);
  }

  @Test
  void english_port_25_filtered_is_blocked() {
    assertFact(the(read("Outbound port 25 is filtered on our network."), BLOCKED), true);
  }

  @Test
  void filtering_that_can_be_disabled_on_request_is_a_block_lifted_on_request() {
    DocumentFacts facts = read("Port 25 is filtered by default; filtering can be removed on request.");

    assertFact(the(facts, BLOCKED), true, "by_default");
    assertFact(the(facts, "smtp_port25_unblock_on_request"), true, "on_request");
  }

  @Test
  void inbound_port_25_filtered_says_nothing_about_outbound() {
    DocumentFacts facts = read("Le port 25 entrant est filtré.");

    assertThat(fact(facts, BLOCKED)).isEmpty();
    assertThat(facts.silent()).contains(BLOCKED);
  }

  @Test
  void english_incoming_port_25_blocked_says_nothing_about_outbound() {
    assertThat(fact(read("Incoming connections on port 25 are blocked by our firewall."), BLOCKED)).isEmpty();
  }

  @Test
  void a_filter_said_to_be_inbound_only_after_a_comma_is_not_outbound() {
    assertThat(fact(read("Le port 25 est filtré, uniquement en entrée."), BLOCKED)).isEmpty();
  }

  @Test
  void outbound_blocked_and_inbound_open_in_one_sentence_is_outbound_blocked() {
    assertFact(the(read("Le port 25 sortant est bloqué ; le port 25 entrant reste ouvert."), BLOCKED), true);
  }

  @Test
  void legal_phrasing_forbidding_other_smtp_servers_is_a_block() {
    String text = "L'émission de messages électroniques via un serveur SMTP autre que celui de l'opérateur est interdite.";
    Fact blocked = the(read(text), BLOCKED);

    assertFact(blocked, true);
    assertThat(blocked.quote()).isEqualTo(text);
  }

  @Test
  void using_port_25_is_forbidden_is_a_block() {
    assertFact(the(read("L'utilisation du port 25 vers des serveurs tiers est interdite."), BLOCKED), true);
  }

  @Test
  void it_is_forbidden_to_use_port_25_is_a_block() {
    assertFact(the(read("Il est interdit d'utiliser le port 25 vers l'extérieur du réseau."), BLOCKED), true);
  }

  @Test
  void port_25_not_allowed_is_a_block() {
    assertFact(the(read("Outbound port 25 is not allowed on residential lines."), BLOCKED), true);
  }

  @Test
  void sending_through_a_third_party_relay_is_prohibited_is_a_block() {
    assertFact(the(read("Sending mail through a third-party SMTP relay is prohibited on port 25."), BLOCKED), true);
  }

  @Test
  void an_unblock_procedure_counts_only_where_port_25_is_blocked() {
    DocumentFacts facts = read("Pour ouvrir le port 25, faites une demande depuis votre espace client.");

    assertThat(fact(facts, "smtp_port25_unblock_on_request")).isEmpty();
    assertThat(fact(facts, BLOCKED)).isEmpty();
  }

  @Test
  void a_block_stated_then_lifted_on_request_in_the_next_sentence() {
    DocumentFacts facts = read("Le port 25 sortant est bloqué par défaut. Vous pouvez demander son déblocage "
        + "depuis votre espace client.");

    assertFact(the(facts, BLOCKED), true, "by_default");
    assertFact(the(facts, "smtp_port25_unblock_on_request"), true, "on_request");
  }

  @Test
  void unblocking_something_else_after_a_port_25_block_is_not_an_unblock() {
    DocumentFacts facts = read("Le port 25 sortant est bloqué. Pour débloquer votre carte SIM, demandez le code PUK.");

    assertFact(the(facts, BLOCKED), true);
    assertThat(fact(facts, "smtp_port25_unblock_on_request")).isEmpty();
  }

  @Test
  void english_unblocking_request_in_the_sentence_after_the_block() {
    String text = "Port 25 is blocked on all residential lines. To request unblocking, open a ticket.";
    Fact unblock = the(read(text), "smtp_port25_unblock_on_request");

    assertFact(unblock, true, "on_request");
    assertThat(unblock.quote()).isEqualTo("To request unblocking, open a ticket.");
    assertThat(unblock.start()).isEqualTo(text.indexOf("To request"));
  }

  @Test
  void port_25_open_is_not_blocked() {
    assertFact(the(read("Le port 25 est ouvert sur toutes nos lignes professionnelles."), BLOCKED), false);
  }

  @Test
  void port_25_open_on_request_is_blocked_until_then() {
    DocumentFacts facts = read("Le port 25 est ouvert sur demande, bloqué par défaut.");

    assertFact(the(facts, BLOCKED), true, "by_default");
    assertFact(the(facts, "smtp_port25_unblock_on_request"), true, "on_request");
  }

  @Test
  void all_ports_open_including_25_is_not_blocked_and_not_a_condition() {
    assertFact(the(read("Tous les ports sont ouverts, y compris le port 25."), BLOCKED), false);
  }

  @Test
  void no_ports_blocked_is_not_blocked() {
    assertFact(the(read("No ports are blocked on our business lines."), BLOCKED), false);
    assertFact(the(read("Aucun port n'est bloqué sur nos offres entreprises."), BLOCKED), false);
  }

  @Test
  void all_ports_open_except_25_is_not_read_as_port_25_open() {
    assertThat(fact(read("All ports are open except port 25."), BLOCKED)).isEmpty();
  }

  @Test
  void forbidding_spam_filters_no_port() {
    DocumentFacts facts = read(
        "Le Client s'interdit d'utiliser le Service pour l'envoi de courriers électroniques non sollicités.");

    assertThat(fact(facts, BLOCKED)).isEmpty();
  }

  @Test
  void a_right_to_filter_in_case_of_abuse_is_not_a_block_by_default() {
    assertThat(fact(read("L'Opérateur se réserve le droit de filtrer le port 25 en cas d'envoi massif de spam."),
        BLOCKED)).isEmpty();
    assertThat(fact(read("We reserve the right to block port 25 in case of abuse."), BLOCKED)).isEmpty();
  }

  @Test
  void mail_that_must_go_through_the_operator_server_is_a_block() {
    assertFact(the(read("L'envoi de courriers électroniques passe obligatoirement par le serveur SMTP de l'opérateur."),
        BLOCKED), true);
  }
}
