package org.offerfacts.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Reading order on pages that PDFBox alone reads wrongly: columns and text printed twice. */
class PdfLayoutTest {

  private static final String LEFT_PARAGRAPH = "Le débit descendant garanti atteint un gigabit par seconde sur la "
      + "fibre optique dédiée, mesuré au point de livraison du client. La disponibilité annuelle du "
      + "lien est de 99,95 % hors maintenance programmée et annoncée sept jours à l'avance.";
  private static final String RIGHT_PARAGRAPH = "La résiliation est possible à tout moment après la période "
      + "initiale de douze mois, avec un préavis de trente jours calendaires. Les frais de mise en "
      + "service restent acquis et les équipements doivent être restitués sous quinze jours.";
  private static final float LEFT_X = 50;
  private static final float RIGHT_X = 310;
  private static final int WRAP = 44;

  private final PdfParser parser = new PdfParser();

  private String firstPageText(byte[] pdf) throws IngestException {
    return parser.parse(new DocumentSource("cols.pdf", "cols.pdf", null, pdf), IngestLimits.DEFAULT)
        .text().pages().get(0).text();
  }

  @Test
  void interleaved_two_column_page_is_read_left_column_then_right_column() throws Exception {
    List<String> left = wrap(LEFT_PARAGRAPH);
    List<String> right = wrap(RIGHT_PARAGRAPH);
    byte[] pdf = PdfFixtures.build(null, List.of((content, font) -> {
      PdfFixtures.text(content, font, 14, LEFT_X, 800, "Offre Fibre Entreprise : conditions particulieres du contrat");
      for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
        float y = 770 - i * 13;
        if (i < left.size()) PdfFixtures.text(content, font, 10, LEFT_X, y, left.get(i));
        if (i < right.size()) PdfFixtures.text(content, font, 10, RIGHT_X, y, right.get(i));
      }
    }));

    String text = oneLine(firstPageText(pdf));

    assertThat(text).startsWith("Offre Fibre Entreprise : conditions particulieres du contrat");
    assertThat(text).contains(LEFT_PARAGRAPH).contains(RIGHT_PARAGRAPH);
    assertThat(text.indexOf(LEFT_PARAGRAPH)).isLessThan(text.indexOf(RIGHT_PARAGRAPH));
  }

  @Test
  void without_column_detection_pdfbox_alone_mixes_the_interleaved_columns() throws Exception {
    List<String> left = wrap(LEFT_PARAGRAPH);
    List<String> right = wrap(RIGHT_PARAGRAPH);
    byte[] pdf = PdfFixtures.build(null, List.of((content, font) -> {
      for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
        if (i < left.size()) PdfFixtures.text(content, font, 10, LEFT_X, 770 - i * 13, left.get(i));
        if (i < right.size()) PdfFixtures.text(content, font, 10, RIGHT_X, 770 - i * 13, right.get(i));
      }
    }));

    // Guards the premise of the previous test: the fixture really is interleaved.
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String raw = oneLine(new PDFTextStripper().getText(document));
      assertThat(raw).doesNotContain(LEFT_PARAGRAPH).startsWith(left.get(0) + " " + right.get(0));
    }
    assertThat(oneLine(firstPageText(pdf))).contains(LEFT_PARAGRAPH);
  }

  @Test
  void two_columns_written_one_after_the_other_keep_their_order() throws Exception {
    List<String> left = wrap(LEFT_PARAGRAPH);
    List<String> right = wrap(RIGHT_PARAGRAPH);
    byte[] pdf = PdfFixtures.build(null, List.of((content, font) -> {
      for (int i = 0; i < left.size(); i++) PdfFixtures.text(content, font, 10, LEFT_X, 770 - i * 13, left.get(i));
      for (int i = 0; i < right.size(); i++) PdfFixtures.text(content, font, 10, RIGHT_X, 770 - i * 13, right.get(i));
    }));

    String text = oneLine(firstPageText(pdf));

    assertThat(text).isEqualTo(LEFT_PARAGRAPH + " " + RIGHT_PARAGRAPH);
  }

  @Test
  void single_column_page_is_unaffected_by_column_detection() throws Exception {
    List<String> lines = wrap(LEFT_PARAGRAPH + " " + RIGHT_PARAGRAPH);
    byte[] pdf = PdfFixtures.pages(List.of(lines));

    assertThat(firstPageText(pdf)).isEqualTo(String.join("\n", lines));
  }

  @Test
  void key_value_table_written_row_by_row_stays_row_by_row() throws Exception {
    List<String[]> rows = List.of(
        new String[] {"Débit descendant garanti", "1 Gbit/s"},
        new String[] {"Débit montant garanti", "500 Mbit/s"},
        new String[] {"Engagement minimal", "36 mois"},
        new String[] {"Adresse IPv4 fixe", "Incluse"},
        new String[] {"IPv6 natif", "Oui"},
        new String[] {"Temps de rétablissement", "4 heures"},
        new String[] {"Support technique", "24/7"});
    byte[] pdf = PdfFixtures.build(null, List.of((content, font) -> {
      for (int i = 0; i < rows.size(); i++) {
        PdfFixtures.text(content, font, 10, LEFT_X, 770 - i * 13, rows.get(i)[0]);
        PdfFixtures.text(content, font, 10, 350, 770 - i * 13, rows.get(i)[1]);
      }
    }));

    String text = firstPageText(pdf);

    assertThat(text.lines()).contains("Débit descendant garanti 1 Gbit/s", "IPv6 natif Oui", "Support technique 24/7");
  }

  /**
   * Some PDFs fake bold type by printing the same text twice at the same place. PDFBox's
   * duplicate check would remove the copy but was the main cost of extraction (STACK.md), so it
   * is off; measured here, PDFBox alone then reads the title twice ("Débit garanti : 1 Gbit/s"
   * followed by its copy), which would double quotes and matches. OverlapFilter removes the copy
   * with a per-line hash lookup instead.
   */
  @Test
  void text_printed_twice_at_the_same_place_to_fake_bold_is_read_once() throws Exception {
    String title = "Débit garanti : 1 Gbit/s";
    byte[] pdf = PdfFixtures.build(null, List.of((content, font) -> {
      PdfFixtures.text(content, font, 12, LEFT_X, 770, title);
      PdfFixtures.text(content, font, 12, LEFT_X, 770, title);
      PdfFixtures.text(content, font, 12, LEFT_X + 0.3f, 770, title); // a third pass, slightly offset
      PdfFixtures.text(content, font, 10, LEFT_X, 740, "Les villes desservies sont listées en annexe.");
    }));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper pdfboxAlone = new PDFTextStripper();
      pdfboxAlone.setSuppressDuplicateOverlappingText(false);
      String raw = pdfboxAlone.getText(document);
      assertThat(raw.split("Débit garanti", -1)).hasSize(4);
    }
    String text = firstPageText(pdf);
    assertThat(text).isEqualTo(title + "\nLes villes desservies sont listées en annexe.");
  }

  /** Lines of at most {@link #WRAP} characters, as a narrow column sets them. */
  static List<String> wrap(String paragraph) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) line.append(' ');
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
