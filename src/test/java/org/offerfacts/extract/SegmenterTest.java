package org.offerfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Segments are what a technician would quote: whole sentences, list items, table rows. */
class SegmenterTest {
  private final Segmenter segmenter = new Segmenter();

  private List<String> quotes(String text) {
    return segmenter.segments(1, text).stream().map(s -> s.of(text)).toList();
  }

  private List<Segment.Kind> kinds(String text) {
    return segmenter.segments(1, text).stream().map(Segment::kind).toList();
  }

  @Test
  void lines_wrapped_by_a_pdf_are_joined_into_one_sentence() {
    String text = "Le port 25 sortant est bloqué par défaut sur l'ensemble de nos offres\n"
        + "grand public afin de limiter l'envoi de courriels indésirables.\n"
        + "Les offres professionnelles ne sont pas concernées par cette mesure.";

    assertThat(quotes(text)).containsExactly(
        "Le port 25 sortant est bloqué par défaut sur l'ensemble de nos offres\n"
            + "grand public afin de limiter l'envoi de courriels indésirables.",
        "Les offres professionnelles ne sont pas concernées par cette mesure.");
    assertThat(kinds(text)).containsOnly(Segment.Kind.SENTENCE);
  }

  @Test
  void list_items_stay_apart() {
    String text = "Inclus dans l'offre :\n- IPv6 natif\n- Une adresse IP fixe\n• Mode bridge sur la box\n1. Support 24/7";

    assertThat(quotes(text)).containsExactly("Inclus dans l'offre :", "- IPv6 natif", "- Une adresse IP fixe",
        "• Mode bridge sur la box", "1. Support 24/7");
    assertThat(kinds(text).subList(1, 5)).containsOnly(Segment.Kind.LIST_ITEM);
  }

  @Test
  void table_rows_stay_apart() {
    String text = "IPv6 | Oui\nMode bridge | Non\nDébit\t1 Gbit/s";

    assertThat(quotes(text)).containsExactly("IPv6 | Oui", "Mode bridge | Non", "Débit\t1 Gbit/s");
    assertThat(kinds(text)).containsOnly(Segment.Kind.TABLE_ROW);
  }

  @Test
  void e_g_does_not_end_a_sentence() {
    String text = "Some options, e.g. Static IP or 4G backup, cost extra. The router is included.";

    assertThat(quotes(text)).containsExactly("Some options, e.g. Static IP or 4G backup, cost extra.",
        "The router is included.");
  }

  @Test
  void a_decimal_point_does_not_end_a_sentence() {
    String text = "Availability is 99.95 % per month. Support is open 24/7.";

    assertThat(quotes(text)).containsExactly("Availability is 99.95 % per month.", "Support is open 24/7.");
  }

  @Test
  void a_rate_unit_at_the_end_of_a_sentence_ends_it() {
    String text = "Le débit descendant est de 100 Mbit/s. Le débit montant est de 50 Mbit/s.";

    assertThat(quotes(text)).containsExactly("Le débit descendant est de 100 Mbit/s.",
        "Le débit montant est de 50 Mbit/s.");
  }

  @Test
  void hours_written_h_at_the_end_of_a_sentence_end_it() {
    String text = "Intervention sous 4 h. Rétablissement sous 8 h.";

    assertThat(quotes(text)).containsExactly("Intervention sous 4 h.", "Rétablissement sous 8 h.");
  }

  @Test
  void an_initial_before_a_name_does_not_end_a_sentence() {
    String text = "Votre interlocuteur M. Martin répond par e-mail. Le support est ouvert en semaine.";

    assertThat(quotes(text)).containsExactly("Votre interlocuteur M. Martin répond par e-mail.",
        "Le support est ouvert en semaine.");
  }

  @Test
  void a_heading_stays_apart_from_the_paragraph_below() {
    String text = "Caractéristiques techniques\nLe débit descendant atteint 1 Gbit/s sur la fibre.";

    assertThat(quotes(text)).containsExactly("Caractéristiques techniques",
        "Le débit descendant atteint 1 Gbit/s sur la fibre.");
  }

  @Test
  void offsets_point_into_the_page_text() {
    String text = "  Titre\n\nPremière phrase. Deuxième phrase !";
    List<Segment> segments = segmenter.segments(4, text);

    assertThat(segments).extracting(Segment::page).containsOnly(4);
    assertThat(segments.get(1).start()).isEqualTo(text.indexOf("Première"));
    assertThat(segments.get(2).end()).isEqualTo(text.length());
  }
}
