package org.offerfacts.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class PdfParserTest {

  private final PdfParser parser = new PdfParser();

  private IngestedDocument parse(byte[] pdf) throws IngestException {
    return parser.parse(new DocumentSource("offre.pdf", "offre.pdf", null, pdf), IngestLimits.DEFAULT);
  }

  @Test
  void every_page_keeps_its_number_and_its_own_text() throws Exception {
    byte[] pdf = PdfFixtures.pages(List.of(
        List.of("Offre Fibre Pro", "Débit descendant : 1 Gbit/s garanti à 95 %."),
        List.of("Engagement de 36 mois, reconduction tacite."),
        List.of("Support 24/7 et rétablissement en 4 heures ouvrées.")));

    IngestedDocument document = parse(pdf);

    assertThat(document.mediaType()).isEqualTo("application/pdf");
    assertThat(document.text().pages()).extracting(Page::number).containsExactly(1, 2, 3);
    assertThat(document.text().pages().get(0).text()).isEqualTo("Offre Fibre Pro\nDébit descendant : 1 Gbit/s garanti à 95 %.");
    assertThat(document.text().pages().get(1).text()).isEqualTo("Engagement de 36 mois, reconduction tacite.");
    assertThat(document.text().pages().get(2).text()).contains("rétablissement en 4 heures");
    assertThat(document.text().reliable()).isTrue();
    assertThat(document.text().warnings()).isEmpty();
  }

  @Test
  void a_long_document_read_in_two_halves_at_once_reads_exactly_as_in_one_pass() throws Exception {
    List<PdfFixtures.PageWriter> writers = new ArrayList<>();
    for (int page = 1; page <= 2 * PdfPageReader.MIN_PAGES_PER_PASS + 3; page++) {
      List<String> lines = List.of("Conditions particulières, page " + page,
          "Le débit garanti est de " + (page * 10) + " Mbit/s sur la fibre optique dé-",
          "diée ; l'engagement est de " + (12 + page % 3 * 12) + " mois.");
      boolean fakeBold = page % 7 == 0; // printed twice, as some PDFs fake bold type
      writers.add((content, font) -> {
        PdfFixtures.writeLines(content, font, lines);
        if (fakeBold) PdfFixtures.writeLines(content, font, lines.subList(0, 1));
      });
    }
    byte[] pdf = PdfFixtures.build(null, writers);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      PdfPageReader.Result onePass = PdfPageReader.read(document, pages, null);
      PdfPageReader.Result twoHalves = PdfPageReader.read(document, pages, () -> Loader.loadPDF(pdf));

      assertThat(twoHalves).isEqualTo(onePass);
      assertThat(twoHalves.pageTexts().get(pages - 1)).startsWith("Conditions particulières, page " + pages + "\n")
          .contains("dédiée");
    }
  }

  @Test
  void running_header_and_page_number_footer_are_removed_from_every_page() throws Exception {
    List<List<String>> pages = new ArrayList<>();
    for (int page = 1; page <= 4; page++) {
      pages.add(List.of(
          "Conditions générales – Acme Telecom",
          "Article " + page + " : le débit minimal garanti est de " + (page * 10) + " Mbit/s.",
          "Les frais de mise en service sont offerts.",
          "Page " + page + " / 4"));
    }

    IngestedDocument document = parse(PdfFixtures.pages(pages));

    for (Page page : document.text().pages()) {
      assertThat(page.text()).doesNotContain("Acme Telecom").doesNotContain("Page " + page.number());
      assertThat(page.text()).startsWith("Article " + page.number() + " :").endsWith("sont offerts.");
    }
  }

  @Test
  void a_line_repeated_at_the_top_of_fewer_than_60_percent_of_pages_is_kept() throws Exception {
    byte[] pdf = PdfFixtures.pages(List.of(
        List.of("Tarifs", "Abonnement mensuel : 49 euros HT."),
        List.of("Tarifs", "Option IP fixe : 5 euros HT."),
        List.of("Assistance", "Hotline joignable en semaine."),
        List.of("Résiliation", "Préavis de trois mois."),
        List.of("Annexes", "Plan de numérotation.")));

    IngestedDocument document = parse(pdf);

    assertThat(document.text().pages().get(0).text()).startsWith("Tarifs\n");
    assertThat(document.text().pages().get(1).text()).startsWith("Tarifs\n");
  }

  @Test
  void two_page_documents_keep_their_edge_lines_because_two_pages_prove_nothing() throws Exception {
    byte[] pdf = PdfFixtures.pages(List.of(
        List.of("Acme Telecom", "Débit : 100 Mbit/s.", "Page 1 / 2"),
        List.of("Acme Telecom", "Latence : 10 ms.", "Page 2 / 2")));

    IngestedDocument document = parse(pdf);

    assertThat(document.text().pages().get(1).text()).isEqualTo("Acme Telecom\nLatence : 10 ms.\nPage 2 / 2");
  }

  @Test
  void hyphen_at_line_end_is_joined_when_next_line_starts_lowercase() throws Exception {
    byte[] pdf = PdfFixtures.pages(List.of(List.of(
        "L'accès inter-",
        "net est fourni avec une adresse IPv4 fixe et le proto-",
        "cole IPv6 natif. Le Wi-",
        "Fi est inclus.")));

    String text = parse(pdf).text().pages().get(0).text();

    assertThat(text).contains("L'accès internet est fourni").contains("le protocole IPv6 natif");
    assertThat(text).contains("Le Wi-\nFi est inclus.");
  }

  @Test
  void pdf_title_comes_from_the_document_information_and_is_null_when_blank() throws Exception {
    byte[] titled = PdfFixtures.pagesWithTitle("Offre Acme Fibre 2024", List.of(List.of("Débit 1 Gbit/s garanti sur fibre optique.")));
    byte[] blank = PdfFixtures.pagesWithTitle("   ", List.of(List.of("Débit 1 Gbit/s garanti sur fibre optique.")));

    assertThat(parse(titled).title()).isEqualTo("Offre Acme Fibre 2024");
    assertThat(parse(blank).title()).isNull();
  }

  @Test
  void pdf_protected_only_by_an_owner_password_is_read() throws Exception {
    byte[] plain = PdfFixtures.pages(List.of(List.of("Débit garanti : 500 Mbit/s symétrique.")));
    byte[] restricted = PdfFixtures.encrypt(plain, "owner-secret", "");

    IngestedDocument document = parse(restricted);

    assertThat(document.text().pages().get(0).text()).isEqualTo("Débit garanti : 500 Mbit/s symétrique.");
  }

  @Test
  void pdf_that_needs_a_user_password_fails_as_encrypted() {
    byte[] plain = PdfFixtures.pages(List.of(List.of("Débit garanti : 500 Mbit/s symétrique.")));
    byte[] locked = PdfFixtures.encrypt(plain, "owner-secret", "user-secret");

    assertThatThrownBy(() -> parse(locked))
        .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.ENCRYPTED))
        .hasMessageStartingWith("the PDF is protected by a password; ");
  }

  @Test
  void image_only_pdf_is_returned_unreliable_with_a_scanned_warning() throws Exception {
    IngestedDocument document = parse(PdfFixtures.scannedPages(2));

    assertThat(document.text().pageCount()).isEqualTo(2);
    assertThat(document.text().reliable()).isFalse();
    assertThat(document.text().warnings())
        .containsExactly("no text layer: the PDF looks scanned (image only); OCR is not supported");
  }

  @Test
  void an_empty_page_among_text_pages_gets_its_own_warning_and_the_text_stays_reliable() throws Exception {
    String line = "Le débit descendant atteint 1 Gbit/s sur la fibre optique dédiée.";
    byte[] pdf = PdfFixtures.pages(List.of(List.of(line, line), List.of(), List.of(line, line)));

    IngestedDocument document = parse(pdf);

    assertThat(document.text().reliable()).isTrue();
    assertThat(document.text().warnings()).containsExactly("page 2 has no text layer (scanned or blank page)");
    assertThat(document.text().pages().get(1).text()).isEmpty();
  }

  @Test
  void truncated_pdf_fails_as_malformed_instead_of_returning_no_page() {
    byte[] whole = PdfFixtures.pages(List.of(
        List.of("Première page de l'offre avec du texte."),
        List.of("Deuxième page de l'offre avec du texte.")));
    byte[] firstHalf = Arrays.copyOf(whole, whole.length / 2);

    assertThatThrownBy(() -> parse(firstHalf))
        .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.MALFORMED))
        .hasMessageContaining("the PDF is");
  }

  @Test
  void bytes_that_only_start_like_a_pdf_fail_as_malformed() {
    byte[] junk = "%PDF-1.7\nthis is not really a PDF, just a header and some words".getBytes();

    assertThatThrownBy(() -> parse(junk))
        .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.MALFORMED));
  }

  @Test
  void pages_beyond_the_page_limit_are_not_read_and_a_warning_says_so() throws Exception {
    List<List<String>> pages = new ArrayList<>();
    for (int i = 1; i <= 5; i++) pages.add(List.of("Contenu de la page " + i + " avec assez de texte pour compter."));
    IngestLimits threePages = new IngestLimits(1_000_000, 3, 1_000_000, 512, 5);

    IngestedDocument document = parser.parse(new DocumentSource("long.pdf", "long.pdf", null, PdfFixtures.pages(pages)), threePages);

    assertThat(document.text().pageCount()).isEqualTo(3);
    assertThat(document.text().pages().get(2).text()).contains("page 3");
    assertThat(document.text().warnings()).containsExactly("only the first 3 of 5 pages were read (page limit)");
  }

  @Test
  void pdf_larger_than_the_byte_limit_is_refused_as_too_large() {
    byte[] pdf = PdfFixtures.pages(List.of(List.of("Débit garanti : 500 Mbit/s symétrique.")));
    IngestLimits tiny = new IngestLimits(100, 10, 100, 512, 5);

    assertThatThrownBy(() -> parser.parse(new DocumentSource("a.pdf", "a.pdf", null, pdf), tiny))
        .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.TOO_LARGE));
  }
}
