package org.offerfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.extract.Documents.readPages;
import static org.offerfacts.extract.Documents.the;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.offerfacts.ingest.ExtractedText;
import org.offerfacts.ingest.Page;

/** A fact points into the page that states it, with offsets into that page's own text. */
class MultiPageTest {
  private static final String PAGE_1 = """
      Offre Fibre Pro
      Une connexion pensée pour les PME et les indépendants.
      Engagement de 24 mois.
      """;
  private static final String PAGE_2 = """
      Adressage
      Une adresse IPv4 fixe est incluse dans l'abonnement.
      L'IPv6 natif est fourni en double pile sur toutes les lignes.
      """;

  @Test
  void a_fact_on_page_two_reports_page_two_and_offsets_into_its_text() {
    DocumentFacts facts = readPages(PAGE_1, PAGE_2);

    Fact ipv6 = the(facts, "ipv6");
    assertThat(ipv6.page()).isEqualTo(2);
    assertThat(ipv6.quote()).isEqualTo("L'IPv6 natif est fourni en double pile sur toutes les lignes.");
    assertThat(ipv6.start()).isEqualTo(PAGE_2.indexOf("L'IPv6"));
    assertThat(PAGE_2.substring(ipv6.start(), ipv6.end())).isEqualTo(ipv6.quote());

    Fact ip = the(facts, "static_ipv4");
    assertThat(ip.page()).isEqualTo(2);
    assertThat(ip.conditions()).containsExactly("included");
  }

  @Test
  void facts_on_page_one_stay_on_page_one() {
    Fact commitment = the(readPages(PAGE_1, PAGE_2), "commitment_months");

    assertThat(commitment.value()).isEqualTo(24L);
    assertThat(commitment.page()).isEqualTo(1);
    assertThat(commitment.start()).isEqualTo(PAGE_1.indexOf("Engagement"));
  }

  @Test
  void page_numbers_come_from_the_pages_not_their_position() {
    ExtractedText text = new ExtractedText(List.of(new Page(3, PAGE_1), new Page(7, PAGE_2)), List.of(), true);

    assertThat(the(Documents.read(text), "ipv6").page()).isEqualTo(7);
  }

  @Test
  void unreliable_text_gives_no_fact_and_says_why() {
    ExtractedText text = new ExtractedText(List.of(new Page(1, PAGE_2)), List.of("page 1 has no text layer"), false);
    DocumentFacts facts = Documents.read(text);

    assertThat(facts.facts()).isEmpty();
    assertThat(facts.warnings()).contains("page 1 has no text layer").hasSize(2);
  }
}
