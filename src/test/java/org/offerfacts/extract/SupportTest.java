package org.offerfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.extract.Documents.assertFact;
import static org.offerfacts.extract.Documents.fact;
import static org.offerfacts.extract.Documents.read;
import static org.offerfacts.extract.Documents.the;

import org.junit.jupiter.api.Test;

/** Support: round the clock means 24 hours, and writing means a ticket or an address. */
class SupportTest {

  @Test
  void support_24h_24_and_7j_7_is_round_the_clock() {
    Fact support = the(read("Le support technique est joignable 24h/24 et 7j/7."), "support_24_7");

    assertFact(support, true);
    assertThat(support.quote()).isEqualTo("Le support technique est joignable 24h/24 et 7j/7.");
  }

  @Test
  void every_day_in_office_hours_is_not_round_the_clock() {
    assertThat(fact(read("Support 7j/7 de 8h à 20h."), "support_24_7")).isEmpty();
  }

  @Test
  void english_helpdesk_24_7_365() {
    assertFact(the(read("Our helpdesk is available 24/7/365."), "support_24_7"), true);
  }

  @Test
  void a_ticket_from_the_customer_area_is_a_written_channel() {
    assertFact(the(read("Le support technique est joignable par ticket depuis l'espace client."),
        "support_written_channel"), true);
  }

  @Test
  void an_address_for_sales_is_a_written_channel() {
    assertFact(the(read("Contact our sales team at sales@example.net."), "support_written_channel"), true);
  }
}
