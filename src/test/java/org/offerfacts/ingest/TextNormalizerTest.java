package org.offerfacts.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void no_break_and_other_unicode_spaces_become_plain_spaces() {
    assertThat(TextNormalizer.normalize("10\u00A0Mbit/s, 20\u202FMbit/s, 1\u2007000\u2003€, a\u3000b"))
        .isEqualTo("10 Mbit/s, 20 Mbit/s, 1 000 €, a b");
  }

  @Test
  void ligatures_become_their_letters() {
    assertThat(TextNormalizer.normalize("\uFB00 \uFB01bre \uFB02ux e\uFB03cace a\uFB04ux \uFB05 \uFB06"))
        .isEqualTo("ff fibre flux efficace afflux st st");
  }

  @Test
  void soft_hyphens_and_zero_width_characters_are_removed() {
    assertThat(TextNormalizer.normalize("inter\u00ADnet\u200B et\uFEFF ré\u2060seau")).isEqualTo("internet et réseau");
  }

  @Test
  void windows_and_old_mac_line_ends_become_line_feeds() {
    assertThat(TextNormalizer.normalize("a\r\nb\rc\n\rd")).isEqualTo("a\nb\nc\n\nd");
  }

  @Test
  void control_characters_are_removed_except_line_feed_and_tab() {
    assertThat(TextNormalizer.normalize("dé\u0000bit\u0007\tok\u0085\u009F\u007F\nfin\f")).isEqualTo("débit\tok\nfin");
  }

  @Test
  void lone_surrogates_become_replacement_characters_and_pairs_are_kept() {
    assertThat(TextNormalizer.normalize("a\uD800b\uDC00c \uD83D\uDCE1")).isEqualTo("a\uFFFDb\uFFFDc \uD83D\uDCE1");
  }

  @Test
  void decomposed_accents_are_composed_to_nfc() {
    assertThat(TextNormalizer.normalize("de\u0301bit")).isEqualTo("débit").hasSize(5);
  }

  @Test
  void typographic_quotes_and_dashes_are_kept_as_written() {
    String text = "l’offre « fibre » – “pro” ‘ok’";
    assertThat(TextNormalizer.normalize(text)).isEqualTo(text);
  }

  @Test
  void null_gives_an_empty_text() {
    assertThat(TextNormalizer.normalize(null)).isEmpty();
  }
}
