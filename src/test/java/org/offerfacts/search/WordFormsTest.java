package org.offerfacts.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordFormsTest {
  @Test
  void french_past_participles_share_one_form_whatever_their_accent_gender_and_number() {
    assertThat(List.of("bloqué", "bloquée", "bloqués", "bloquées", "bloque", "BLOQUÉ", "bloquer"))
        .allSatisfy(w -> assertThat(WordForms.indexText(w)).isEqualTo("bloqu"));
  }

  @Test
  void english_inflections_share_one_form() {
    assertThat(List.of("block", "blocks", "blocked", "blocking"))
        .allSatisfy(w -> assertThat(WordForms.indexText(w)).isEqualTo("block"));
    assertThat(List.of("filter", "filters", "filtered", "filtering"))
        .allSatisfy(w -> assertThat(WordForms.indexText(w)).isEqualTo("filt"));
  }

  @Test
  void plurals_and_feminines_of_french_nouns_and_adjectives_meet() {
    assertThat(WordForms.indexText("messages électroniques")).isEqualTo(WordForms.indexText("message electronique"));
    assertThat(WordForms.indexText("réseaux")).isEqualTo(WordForms.indexText("reseau"));
    assertThat(WordForms.indexText("paiements")).isEqualTo(WordForms.indexText("paiement"));
    assertThat(WordForms.indexText("filtrée")).isEqualTo(WordForms.indexText("filtre"));
  }

  @Test
  void words_with_digits_and_short_words_are_kept_as_typed() {
    assertThat(WordForms.indexText("IPv6 SMTP 25 les des")).isEqualTo("ipv6 smtp 25 les des");
  }

  @Test
  void double_s_endings_are_not_taken_for_plurals() {
    assertThat(WordForms.indexText("access status")).isEqualTo("access status");
  }

  @Test
  void words_keep_their_place_in_the_original_text_through_folding() {
    String text = "L'émission — bloquée.";
    List<WordForms.Word> words = WordForms.words(text);
    assertThat(words).extracting(WordForms.Word::form).containsExactly("l", "emission", "bloqu");
    WordForms.Word blocked = words.get(2);
    assertThat(text.substring(blocked.start(), blocked.end())).isEqualTo("bloquée");
  }

  @Test
  void punctuation_and_query_syntax_make_no_form() {
    assertThat(WordForms.queryForms("\" * NEAR( - ; --")).containsExactly("near");
    assertThat(WordForms.queryForms("\"*")).isEmpty();
  }
}
