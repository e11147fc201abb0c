package org.offerfacts.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The legibility thresholds on texts that must never be called unreadable, and on garbage. */
class LegibilityTest {

  private static java.util.Optional<String> verdict(String... pages) {
    return Legibility.unreadable(Arrays.stream(pages).map(text -> Legibility.Page.of(text, text.length(), 0)).toList());
  }

  @Test
  void a_price_grid_without_any_common_word_is_not_judged_when_it_has_fewer_than_100_words() {
    StringBuilder grid = new StringBuilder();
    for (int row = 1; row <= 15; row++) grid.append("Fibre Pro ").append(row).append("G 49 € HT Oui Non\n");

    assertThat(verdict(grid.toString())).isEmpty();
  }

  @Test
  void a_short_email_and_a_german_sheet_are_readable() {
    String email = "Bonjour, voici notre offre. Cordialement, Marc";
    String german = "Die Glasfaser bietet 1 Gbit/s und die Latenz ist 10 ms. ".repeat(12);

    assertThat(verdict(email)).isEmpty();
    assertThat(verdict(german)).isEmpty();
  }

  @Test
  void a_page_of_private_use_icons_among_readable_pages_leaves_the_document_readable() {
    String prose = "Le débit descendant est de 1 Gbit/s et la latence de 10 ms pour les offres de la fibre.\n";
    String icons = "\uE001\uE002\uE003 ".repeat(20);

    assertThat(verdict(prose.repeat(5), icons, prose.repeat(5))).isEmpty();
    assertThat(verdict(icons.repeat(3))).contains(Legibility.NO_MAPPING_WARNING);
  }

  @Test
  void control_characters_between_shifted_letters_still_separate_words() {
    Legibility.Page page = Legibility.Page.of("/H\u0003GÌELW\u0003HVW\u0003GH", 17, 0);

    assertThat(page.words()).isEqualTo(4);
    assertThat(page.commonWords()).isZero();
    assertThat(page.unreadableGlyphs()).isEqualTo(3);
  }

  @Test
  void glyphs_dropped_by_pdfbox_count_as_unreadable() {
    assertThat(Legibility.unreadable(List.of(Legibility.Page.of("", 200, 200)))).contains(Legibility.NO_MAPPING_WARNING);
    assertThat(Legibility.unreadable(List.of(Legibility.Page.of("", 20, 20)))).isEmpty();
  }
}
