package org.offerfacts.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.extract.DocumentFacts;
import org.offerfacts.extract.Extractor;

/** Text that PDFBox returns but nobody can read, and page trees that would repeat text. */
class PdfGarbageTextTest {

  private final PdfParser parser = new PdfParser();

  private IngestedDocument parse(byte[] pdf) throws IngestException {
    return parser.parse(new DocumentSource("offre.pdf", "offre.pdf", null, pdf), IngestLimits.DEFAULT);
  }

  @Test
  void the_offer_written_with_a_sound_font_is_reliable_so_the_fixtures_prove_something() throws Exception {
    IngestedDocument document = parse(PdfFixtures.pages(List.of(GarbagePdfs.OFFER)));

    assertThat(document.text().reliable()).isTrue();
    assertThat(document.text().warnings()).isEmpty();
  }

  @Test
  void letters_shifted_by_a_subset_font_are_unreliable_because_they_form_no_words() throws Exception {
    IngestedDocument document = parse(GarbagePdfs.shiftedLetters(GarbagePdfs.OFFER, 29));

    // PDFBox falls back to the raw codes: "Le débit" comes out as "/H GÌELW".
    assertThat(document.text().pages().get(0).text()).startsWith("/H GÌELW GHVFHQGDQW");
    assertThat(document.text().reliable()).isFalse();
    assertThat(document.text().warnings()).containsExactly(Legibility.WRONG_LETTERS_WARNING);
  }

  @Test
  void glyph_codes_numbered_in_order_of_use_read_as_control_characters_and_are_unreliable() throws Exception {
    IngestedDocument document = parse(GarbagePdfs.codesInOrderOfUse(GarbagePdfs.OFFER));

    assertThat(document.text().reliable()).isFalse();
    assertThat(document.text().warnings()).containsExactly(Legibility.NO_MAPPING_WARNING);
  }

  @Test
  void a_composite_font_without_unicode_map_is_unreliable_for_that_reason_not_as_a_scan() throws Exception {
    IngestedDocument document = parse(GarbagePdfs.compositeFontWithoutToUnicode(GarbagePdfs.OFFER));

    // PDFBox drops every glyph: the page reads empty although it is full of text.
    assertThat(document.text().pages().get(0).text()).isEmpty();
    assertThat(document.text().reliable()).isFalse();
    assertThat(document.text().warnings()).containsExactly(Legibility.NO_MAPPING_WARNING);
  }

  @Test
  void the_extractor_records_no_fact_from_unreadable_fonts_and_says_why() throws Exception {
    List<String> offer = new ArrayList<>(GarbagePdfs.OFFER);
    Extractor extractor = new Extractor(Catalog.bundled());
    DocumentFacts readable = extractor.extract(parse(PdfFixtures.pages(List.of(offer))).text(), "fr");

    DocumentFacts facts = extractor.extract(parse(GarbagePdfs.compositeFontWithoutToUnicode(offer)).text(), "fr");

    assertThat(readable.facts()).isNotEmpty();
    assertThat(facts.facts()).isEmpty();
    assertThat(facts.warnings()).contains(Legibility.NO_MAPPING_WARNING,
        "the text is unreliable, so no fact was read from it");
  }

  @Test
  void a_page_tree_that_cycles_back_to_its_root_yields_each_page_once_with_a_warning() throws Exception {
    IngestedDocument document = parse(GarbagePdfs.pageTreeCycle(
        "Première page : débit garanti de 100 Mbit/s.", "Deuxième page : engagement de 12 mois."));

    assertThat(document.text().pages()).extracting(Page::text)
        .containsExactly("Première page : débit garanti de 100 Mbit/s.", "Deuxième page : engagement de 12 mois.");
    assertThat(document.text().pages()).extracting(Page::number).containsExactly(1, 2);
    assertThat(document.text().warnings()).containsExactly(RepeatedPages.WARNING);
    assertThat(document.text().reliable()).isTrue();
  }

  @Test
  void a_page_listed_many_times_is_read_once() throws Exception {
    IngestedDocument document = parse(GarbagePdfs.pageListedAgain(
        "Le débit garanti est de 100 Mbit/s.", "L'engagement est de 12 mois.", 500));

    assertThat(document.text().pages()).extracting(Page::text)
        .containsExactly("Le débit garanti est de 100 Mbit/s.", "L'engagement est de 12 mois.");
    assertThat(document.text().warnings()).containsExactly(RepeatedPages.WARNING);
  }
}
