package org.offerfacts.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnippetTest {
  @Test
  void the_snippet_marks_every_spelling_of_the_searched_words() {
    String text = "Le port 25 est bloqué par défaut. Les ports bloqués peuvent être ouverts.";
    Snippet snippet = Snippet.cut(text, WordForms.queryForms("port bloque"));
    assertThat(snippet.spans()).filteredOn(Span::term).extracting(Span::text)
        .containsExactly("port", "bloqué", "ports", "bloqués");
    assertThat(snippet.text()).isEqualTo(text);
    assertThat(snippet.cutBefore()).isFalse();
    assertThat(snippet.cutAfter()).isFalse();
  }

  @Test
  void a_long_page_is_cut_around_the_place_holding_most_searched_words() {
    String filler = "Lorem ipsum dolor sit amet. ".repeat(40);
    String text = filler + "Une adresse IPv6 seule. " + filler + "Une adresse IPv6 fixe est fournie. " + filler;
    Snippet snippet = Snippet.cut(text, WordForms.queryForms("IPv6 fixe"));
    assertThat(snippet.text()).contains("IPv6 fixe est fournie").hasSizeLessThanOrEqualTo(Snippet.WIDTH + 20);
    assertThat(snippet.cutBefore()).isTrue();
    assertThat(snippet.cutAfter()).isTrue();
    assertThat(text.substring(snippet.match()[0], snippet.match()[1])).isEqualTo("IPv6");
    assertThat(snippet.match()[0]).isGreaterThan(text.indexOf("fixe") - 10);
  }

  @Test
  void a_cut_in_a_long_run_without_spaces_never_splits_a_two_char_character() {
    String text = "\uD83D\uDE00".repeat(200) + " port " + "\uD83D\uDE00".repeat(200);
    Snippet snippet = Snippet.cut(text, Set.of("port"));
    assertThat(Character.isLowSurrogate(snippet.text().charAt(0))).isFalse();
    assertThat(Character.isHighSurrogate(snippet.text().charAt(snippet.text().length() - 1))).isFalse();
    assertThat(snippet.text()).contains(" port ");
  }

  @Test
  void highlight_ranges_point_into_the_snippet_text() {
    Snippet snippet = Snippet.cut("SLA de 99,95 % garanti", Set.of("sla", "garanti"));
    List<String> marked = snippet.highlights().stream().map(r -> snippet.text().substring(r[0], r[1])).toList();
    assertThat(marked).containsExactly("SLA", "garanti");
  }

  @Test
  void hostile_markup_stays_plain_text_in_the_spans() {
    Snippet snippet = Snippet.cut("<script>alert('port')</script> port", Set.of("port"));
    assertThat(snippet.text()).isEqualTo("<script>alert('port')</script> port");
    assertThat(snippet.spans()).filteredOn(Span::term).extracting(Span::text).containsExactly("port", "port");
  }

  @Test
  void the_evidence_is_one_anchored_run_even_when_search_terms_split_it() {
    String text = "Avant. Le port 25 est filtré. Après.";
    int start = text.indexOf("Le port");
    int end = text.indexOf(" Après");
    List<Span> spans = Highlighter.spans(text, 0, text.length(), Set.of("port"), new int[] {start, end});
    assertThat(spans.stream().map(Span::text).reduce("", String::concat)).isEqualTo(text);
    assertThat(spans).filteredOn(Span::anchor).extracting(Span::text).containsExactly("Le ");
    assertThat(spans).filteredOn(Span::evidence).extracting(Span::text).containsExactly("Le ", "port", " 25 est filtré.");
    assertThat(spans).filteredOn(s -> s.term() && s.evidence()).extracting(Span::css).containsExactly("evidence term");
  }

  @Test
  void a_damaged_or_backwards_highlight_parameter_is_ignored() {
    assertThat(Evidence.range("12-40")).containsExactly(12, 40);
    assertThat(Evidence.range("40-12")).isNull();
    assertThat(Evidence.range("x-1")).isNull();
    assertThat(Evidence.range("99999999999-1")).isNull();
  }
}
