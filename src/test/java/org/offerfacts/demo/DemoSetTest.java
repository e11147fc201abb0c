package org.offerfacts.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the web app relies on when it loads the set: its shape, stable bytes, and speed. */
class DemoSetTest {
  @Test
  void four_suppliers_offer_one_offer_each_with_one_or_two_documents() {
    List<DemoOffer> offers = DemoSet.offers();

    assertThat(offers).extracting(DemoOffer::supplier).containsExactly(
        "Fibreval Télécom", "Nordlink Business", "Azur Connect Pro", "Brightwave Networks");
    for (DemoOffer offer : offers) {
      assertThat(offer.documents()).as(offer.supplier()).hasSizeBetween(1, 2);
      assertThat(offer.monthlyPriceEur()).as(offer.supplier()).isGreaterThan(BigDecimal.ZERO);
      assertThat(offer.kind()).isIn("fibre", "sdsl", "4g");
      assertThat(offer.notes()).isNotBlank();
    }
    assertThat(offers.stream().flatMap(o -> o.documents().stream()).map(DemoDocument::fileName))
        .doesNotHaveDuplicates();
  }

  @Test
  void every_url_is_on_a_domain_reserved_for_examples() {
    for (DemoOffer offer : DemoSet.offers()) {
      String host = URI.create(offer.url()).getHost();
      assertThat(host).as(offer.url()).matches("(.+\\.)?example\\.(com|net|org)");
    }
  }

  @Test
  void the_set_mixes_pdf_and_html_in_french_and_english() {
    List<DemoDocument> documents = DemoSet.offers().stream().flatMap(o -> o.documents().stream()).toList();

    assertThat(documents).extracting(DemoDocument::mediaType).contains(DemoDocument.PDF, DemoDocument.HTML);
    assertThat(documents).extracting(d -> DemoReading.read(d).facts().language()).contains("fr", "en");
    for (DemoDocument d : documents) {
      if (d.mediaType().equals(DemoDocument.PDF)) {
        assertThat(DemoReading.read(d).document().text().pageCount()).as(d.fileName()).isBetween(2, 5);
      }
    }
  }

  @Test
  void two_generations_give_identical_bytes_so_sha_256_deduplicates_them() throws Exception {
    List<DemoOffer> first = DemoSet.offers();
    List<DemoOffer> second = DemoSet.offers();

    assertThat(second).isEqualTo(first);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (int o = 0; o < first.size(); o++) {
      for (int d = 0; d < first.get(o).documents().size(); d++) {
        byte[] a = first.get(o).documents().get(d).content();
        byte[] b = second.get(o).documents().get(d).content();
        assertThat(HexFormat.of().formatHex(sha.digest(b))).isEqualTo(HexFormat.of().formatHex(sha.digest(a)));
      }
    }
  }

  @Test
  void documents_hand_out_copies_so_no_caller_can_change_the_set() {
    DemoDocument document = DemoSet.offers().get(0).documents().get(0);
    document.content()[0] = 0;

    assertThat(document.content()[0]).isNotEqualTo((byte) 0);
  }

  @Test
  void generating_the_whole_set_takes_well_under_a_second() {
    DemoSet.offers(); // the first call also loads PDFBox and its font metrics
    long started = System.nanoTime();
    DemoSet.offers();

    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1000);
  }
}
