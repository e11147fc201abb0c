package org.offerfacts.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.reply.QuestionSheet;
import org.offerfacts.store.Offer;

/** Composing the question list and its e-mail, in both languages, and the mailto link. */
class LetterTest {
  static final Catalog CATALOG = Catalog.bundled();
  static final LetterWriter WRITER = new LetterWriter(CATALOG);
  static final Offer NORDLINK = new Offer(3, 3, "Nordlink", "SDSL 20 Mbit/s", "sdsl", null, null, null, "2026-11-01T00:00:00Z");
  static final String LINK = "https://offerfacts.example/answer/abc";

  static QuestionList list(String language) {
    return new QuestionList(12, 3, language, LocalDate.of(2026, 11, 27), "Q-12", "<x.questions@offerfacts>",
        LocalDate.of(2026, 12, 27), false, null, null, "buyer@example.com", "2026-11-20T10:00:00Z");
  }

  static List<TrackedQuestion> tracked(List<QuestionSheet.Question> questions) {
    return questions.stream().map(q -> new TrackedQuestion(q.n(), 12, q.n(), q.attribute(), q.text(), null, null, null, null,
        QuestionState.OPEN)).toList();
  }

  @Test
  void questions_take_the_catalog_wording_in_the_language_asked_numbered_from_one() {
    List<QuestionSheet.Question> fr = WRITER.questions(List.of("cgnat", "ipv6"), "fr");
    List<QuestionSheet.Question> en = WRITER.questions(List.of("cgnat", "ipv6"), "en");

    assertThat(fr).extracting(QuestionSheet.Question::n).containsExactly(1, 2);
    assertThat(fr.get(1).text()).isEqualTo("L'IPv6 natif est-il fourni sur cet accès (hors tunnel) ?");
    assertThat(en.get(1).text()).isEqualTo("Is native IPv6 provided on this access (not a tunnel)?");
    assertThat(fr.get(0).attribute()).isEqualTo("cgnat");
  }

  @Test
  void the_french_letter_numbers_the_questions_and_states_the_answer_format_due_date_link_and_reference() {
    Letter letter = WRITER.write(list("fr"), NORDLINK, tracked(WRITER.questions(List.of("ipv6", "sla_gtr_hours"), "fr")),
        null, LINK, false);

    assertThat(letter.subject()).isEqualTo("[offerfacts Q-12] Questions sur votre offre Nordlink — SDSL 20 Mbit/s");
    assertThat(letter.body())
        .contains("d’ici au 27/11/2026")
        .contains("« oui », « non » ou « pas encore connu — je réponds avant le (date) »")
        .contains("\n1. L'IPv6 natif est-il fourni sur cet accès (hors tunnel) ?\n")
        .containsPattern("\n2\\. .+\\(valeur en hours\\)\n")
        .contains(LINK)
        .contains("[offerfacts Q-12] dans l’objet");
  }

  @Test
  void an_english_reminder_of_a_list_past_its_date_asks_within_two_working_days() {
    Letter letter = WRITER.write(list("en"), NORDLINK, tracked(WRITER.questions(List.of("ipv6"), "en")), "sales@nordlink.example",
        LINK, true);

    assertThat(letter.to()).isEqualTo("sales@nordlink.example");
    assertThat(letter.subject()).startsWith("[offerfacts Q-12] Reminder: questions about your offer Nordlink");
    String twoWorkingDays = LetterWriter.date(WorkingDays.after(Asking.today(), 2), "en");
    assertThat(letter.body()).contains("Could you answer them by " + twoWorkingDays + "?").contains("“yes”, “no”, or “not known yet — I will answer by (date)”")
        .contains("1. Is native IPv6 provided on this access (not a tunnel)?");
  }

  @Test
  void the_english_letter_gives_the_due_date_as_english_readers_write_it() {
    Letter letter = WRITER.write(list("en"), NORDLINK, tracked(WRITER.questions(List.of("ipv6"), "en")), null, LINK, false);

    assertThat(letter.subject()).isEqualTo("[offerfacts Q-12] Questions about your offer Nordlink — SDSL 20 Mbit/s");
    assertThat(letter.body()).contains("by 27 November 2026.");
  }

  @Test
  void mailto_encodes_utf_8_spaces_and_line_breaks_as_rfc_6068_wants() {
    Mailto mailto = Mailto.of(new Letter("achats@nordlink.example", "[offerfacts Q-12] Questions é&?", "Bonjour,\n1. Oui ? #"),
        "short");

    assertThat(mailto.shortened()).isFalse();
    assertThat(mailto.href()).startsWith("mailto:achats@nordlink.example?subject=")
        .doesNotContain("+").doesNotContain(" ").doesNotContain("\n")
        .contains("%5Bofferfacts%20Q-12%5D%20Questions%20%C3%A9%26%3F")
        .endsWith("&body=Bonjour%2C%0D%0A1.%20Oui%20%3F%20%23");
    String body = mailto.href().substring(mailto.href().indexOf("&body=") + 6);
    assertThat(URLDecoder.decode(body, StandardCharsets.UTF_8)).isEqualTo("Bonjour,\r\n1. Oui ? #");
  }

  @Test
  void a_letter_too_long_for_a_link_falls_back_to_the_short_body_and_says_so() {
    List<String> many = CATALOG.attributes().stream().map(a -> a.id()).limit(25).toList();
    Letter letter = WRITER.write(list("fr"), NORDLINK, tracked(WRITER.questions(many, "fr")), null, LINK, false);
    Letter brief = WRITER.write(list("fr"), NORDLINK, List.of(), null, LINK, false);

    Mailto mailto = Mailto.of(letter, brief.body());

    assertThat(Mailto.href(null, letter.subject(), letter.body()).length()).isGreaterThan(Mailto.MAX_LENGTH);
    assertThat(mailto.shortened()).isTrue();
    assertThat(mailto.href().length()).isLessThanOrEqualTo(Mailto.MAX_LENGTH);
    assertThat(URLDecoder.decode(mailto.href(), StandardCharsets.UTF_8)).contains(LINK).contains("[offerfacts Q-12]");
  }
}
