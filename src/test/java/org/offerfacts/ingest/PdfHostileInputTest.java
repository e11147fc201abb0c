package org.offerfacts.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The hazards STACK.md measured on PDFBox 3.0.8, each turned into a clear outcome. */
class PdfHostileInputTest {

  private final PdfParser parser = new PdfParser();

  @Test
  void a_page_inflating_past_the_cap_is_skipped_and_the_pages_around_it_are_read() throws Exception {
    byte[] pdf = HostilePdfs.secondPageInflatesTo(ContentSizeGuard.MAX_DECODED_BYTES_PER_PAGE + (1 << 20));

    IngestedDocument document = parser.parse(new DocumentSource("bomb.pdf", "bomb.pdf", null, pdf), IngestLimits.DEFAULT);

    assertThat(pdf.length).isLessThan(200_000);
    assertThat(document.text().pages().get(0).text()).isEqualTo("Offre normale en page un, assez longue.");
    assertThat(document.text().pages().get(1).text()).isEmpty();
    assertThat(document.text().pages().get(2).text()).isEqualTo("La page trois se lit aussi normalement.");
    assertThat(document.text().warnings())
        .containsExactly("page 2 skipped: its content decompresses to more than 32.0 MB (damaged or hostile PDF)");
    assertThat(document.text().reliable()).isTrue();
  }

  @Test
  void a_page_tree_nested_ten_thousand_levels_fails_as_malformed_instead_of_overflowing() throws Exception {
    byte[] pdf = HostilePdfs.pageTreeNested(10_000);
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    // A small stack makes the overflow certain whatever the JVM's default stack size.
    Thread reader = new Thread(null, () -> {
      try {
        parser.parse(new DocumentSource("deep.pdf", "deep.pdf", null, pdf), IngestLimits.DEFAULT);
      } catch (Throwable e) {
        outcome.set(e);
      }
    }, "small-stack-reader", 512 * 1024);
    reader.start();
    reader.join();

    assertThat(outcome.get()).isInstanceOfSatisfying(IngestException.class, e -> {
      assertThat(e.reason()).isEqualTo(IngestException.Reason.MALFORMED);
      assertThat(e.getMessage()).isEqualTo("the PDF is damaged or hostile: its structure is nested too deeply to read");
    });
  }

  @Test
  void a_shallow_hand_written_page_tree_is_read_normally() throws Exception {
    byte[] pdf = HostilePdfs.pageTreeNested(3);

    IngestedDocument document = parser.parse(new DocumentSource("tree.pdf", "tree.pdf", null, pdf), IngestLimits.DEFAULT);

    assertThat(document.text().pages().get(0).text()).isEqualTo("Tout au fond de la page.");
  }
}
