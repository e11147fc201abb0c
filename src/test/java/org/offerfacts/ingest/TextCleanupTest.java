package org.offerfacts.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The PDF text clean-ups on their own: hyphenated line ends and running headers. */
class TextCleanupTest {

  @Test
  void hyphen_at_line_end_is_joined_when_next_line_starts_lowercase() {
    assertThat(Hyphenation.joinLineEndHyphens("l'accès inter-\nnet")).isEqualTo("l'accès internet");
    assertThat(Hyphenation.joinLineEndHyphens("rétablisse-  \n  ment garanti")).isEqualTo("rétablissement garanti");
    assertThat(Hyphenation.joinLineEndHyphens("opéra\u00AD\ntionnel")).isEqualTo("opérationnel");
  }

  @Test
  void hyphen_is_kept_before_uppercase_digits_and_after_non_letters() {
    assertThat(Hyphenation.joinLineEndHyphens("le Wi-\nFi")).isEqualTo("le Wi-\nFi");
    assertThat(Hyphenation.joinLineEndHyphens("de 10-\n20 Mbit/s")).isEqualTo("de 10-\n20 Mbit/s");
    assertThat(Hyphenation.joinLineEndHyphens("Options :\n-\nrouteur")).isEqualTo("Options :\n-\nrouteur");
    assertThat(Hyphenation.joinLineEndHyphens("fin -\nsuite")).isEqualTo("fin -\nsuite");
  }

  @Test
  void page_numbers_differing_in_digit_count_have_the_same_shape() {
    assertThat(RepeatedEdgeLines.shape("Page 9 / 35")).isEqualTo(RepeatedEdgeLines.shape("Page  10 /  35"));
  }

  @Test
  void running_footer_is_removed_only_at_the_page_edge() {
    List<String> pages = List.of(
        "Titre\nAcme Telecom\nTexte un\nsuite\nAcme Telecom",
        "Autre titre\nTexte deux\nsuite\nencore\nAcme Telecom",
        "Titre trois\nTexte trois\nsuite\nfin\nAcme Telecom");

    List<String> cleaned = RepeatedEdgeLines.remove(pages);

    assertThat(cleaned.get(0)).isEqualTo("Titre\nAcme Telecom\nTexte un\nsuite");
    assertThat(cleaned.get(1)).isEqualTo("Autre titre\nTexte deux\nsuite\nencore");
  }

  @Test
  void a_one_line_page_is_never_emptied() {
    List<String> pages = List.of("Tarif 1", "Tarif 2", "Tarif 3");

    assertThat(RepeatedEdgeLines.remove(pages)).isEqualTo(pages);
  }
}
