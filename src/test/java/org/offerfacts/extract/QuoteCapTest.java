package org.offerfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.offerfacts.store.FactStatus;
import org.offerfacts.store.NewFact;

/** A quote is at most QuoteCap.MAX_LENGTH characters, cut with a mark, in what is read and in what is stored. */
class QuoteCapTest {
  private static final String ENDLESS = " et la suite du tableau aplati sans aucune ponctuation".repeat(200);

  @Test
  void a_fact_read_from_an_endless_segment_quotes_its_beginning_with_the_mark() {
    String page = "Adresse IPv6 fournie : oui" + ENDLESS;
    Fact f = Documents.the(Documents.read(page), "ipv6");

    assertThat(f.quote()).hasSize(QuoteCap.MAX_LENGTH).endsWith(QuoteCap.CUT_MARK);
    assertThat(page.substring(f.start(), f.end())).startsWith(QuoteCap.verbatim(f.quote()));
    assertThat(f.end() - f.start()).isGreaterThan(QuoteCap.MAX_LENGTH);
  }

  @Test
  void a_stored_quote_is_cut_too_whatever_wrote_it() {
    String quote = "Réponse du fournisseur : " + ENDLESS;
    NewFact stored = new NewFact(1, "ipv6", true, List.of(), FactStatus.VERIFIED, null, null, quote, null, null, null, null,
        "tech@test.example");
    assertThat(stored.quote()).hasSize(QuoteCap.MAX_LENGTH).endsWith(QuoteCap.CUT_MARK);
  }

  @Test
  void a_short_quote_is_kept_whole_and_cutting_twice_changes_nothing() {
    assertThat(QuoteCap.cap("IPv6 : oui")).isEqualTo("IPv6 : oui");
    String cut = QuoteCap.cap("x".repeat(5000));
    assertThat(QuoteCap.cap(cut)).isEqualTo(cut);
    assertThat(QuoteCap.verbatim(cut)).isEqualTo("x".repeat(QuoteCap.MAX_LENGTH - QuoteCap.CUT_MARK.length()));
    assertThat(QuoteCap.verbatim("IPv6 : oui […]")).isEqualTo("IPv6 : oui […]");
  }

  @Test
  void a_cut_never_splits_a_character_outside_the_basic_plane() {
    String emoji = "\uD83D\uDE00";
    String quote = "a".repeat(QuoteCap.MAX_LENGTH - QuoteCap.CUT_MARK.length() - 1) + emoji.repeat(100);
    String cut = QuoteCap.cap(quote);
    assertThat(cut).endsWith("a" + QuoteCap.CUT_MARK);
    assertThat(QuoteCap.verbatim(cut)).isEqualTo(quote.substring(0, QuoteCap.verbatim(cut).length()));
  }
}
