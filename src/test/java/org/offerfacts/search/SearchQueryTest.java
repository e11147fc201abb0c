package org.offerfacts.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SearchQueryTest {
  @Test
  void a_search_writes_itself_as_a_short_link_without_defaults() {
    assertThat(SearchQuery.of("port 25").url()).isEqualTo("/search?q=port+25");
    assertThat(new SearchQuery("bloqué & co", 2L, 7L, 3).url()).isEqualTo("/search?q=bloqu%C3%A9+%26+co&supplier=2&offer=7&p=3");
    assertThat(SearchQuery.of("  ").url()).isEqualTo("/search");
  }

  @Test
  void too_long_queries_and_impossible_pages_are_refused() {
    assertThatThrownBy(() -> SearchQuery.of("a".repeat(SearchQuery.MAX_LENGTH + 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SearchQuery("x", null, null, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SearchQuery("x", null, null, 10_000)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void every_form_is_quoted_in_the_match_expression() {
    assertThat(Searcher.matchExpression(SearchQuery.of("NEAR(port OR smtp) -x*").forms()))
        .isEqualTo("\"near\" \"port\" \"or\" \"smtp\" \"x\"");
  }
}
