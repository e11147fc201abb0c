package org.offerfacts.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offerfacts.ingest.DocumentSource;
import org.offerfacts.ingest.HostilePdfs;
import org.offerfacts.ingest.IngestException;
import org.offerfacts.ingest.PdfFixtures;

/** The reader process, attacked: what kills it must cost one document, never the caller. */
class IsolatedReadingTest {
  private static final byte[] OFFER = PdfFixtures.pages(List.of(
      List.of("Conditions particulières", "L'adressage IPv6 est fourni en natif avec un préfixe /56.")));

  @Test
  void readsADocumentInTheWorkerWithItsFacts() throws Exception {
    try (IsolatedReading reading = new IsolatedReading(new IsolatedReading.Settings("256m", Duration.ofSeconds(60), null))) {
      Reading result = reading.read(source("offer.pdf", OFFER));
      assertThat(result.pages()).hasSize(1);
      assertThat(result.facts()).anySatisfy(f -> {
        assertThat(f.attribute()).isEqualTo("ipv6");
        assertThat(f.value()).isEqualTo(true);
      });
      assertThat(result.facts()).filteredOn(f -> f.attribute().equals("ipv6_prefix"))
          .singleElement().satisfies(f -> assertThat(f.value()).isEqualTo(56L));
    }
  }

  @Test
  void progressComesPageByPageBeforeTheReading() throws Exception {
    List<List<String>> pages = new java.util.ArrayList<>();
    for (int i = 1; i <= 40; i++) pages.add(List.of("Article " + i, "Le Client s'engage à respecter les présentes conditions."));
    List<int[]> steps = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (IsolatedReading reading = new IsolatedReading(new IsolatedReading.Settings("256m", Duration.ofSeconds(60), null))) {
      Reading result = reading.read(source("long.pdf", PdfFixtures.pages(pages)), (done, total) -> steps.add(new int[] {done, total}));
      assertThat(result.pages()).hasSize(40);
    }
    assertThat(steps).hasSizeGreaterThan(2);
    assertThat(steps.get(0)).containsExactly(0, 40);
    assertThat(steps.get(steps.size() - 1)).containsExactly(40, 40);
  }

  @Test
  void aDocumentThatExhaustsTheWorkersMemoryFailsAloneAndTheNextOneIsRead() throws Exception {
    byte[] huge = "IPv6 : oui. ".repeat(1_400_000).getBytes(StandardCharsets.UTF_8);
    try (IsolatedReading reading = new IsolatedReading(new IsolatedReading.Settings("48m", Duration.ofSeconds(60), null))) {
      assertThatThrownBy(() -> reading.read(source("huge.txt", huge)))
          .isInstanceOf(IngestException.class)
          .hasMessageContaining("more memory than the reader may use");
      assertThat(reading.read(source("offer.pdf", OFFER)).facts()).isNotEmpty();
    }
  }

  @Test
  void aDocumentThatTakesTooLongIsStopped() throws Exception {
    try (IsolatedReading reading = new IsolatedReading(new IsolatedReading.Settings("256m", Duration.ofMillis(1), null))) {
      assertThatThrownBy(() -> reading.read(source("slow.pdf", OFFER)))
          .isInstanceOf(IngestException.class)
          .hasMessageContaining("took longer than the limit");
    }
  }

  @Test
  void hostilePdfsEndWithAReasonNotACrash() throws Exception {
    try (IsolatedReading reading = new IsolatedReading(new IsolatedReading.Settings("128m", Duration.ofSeconds(60), null))) {
      for (byte[] hostile : List.of(HostilePdfs.secondPageInflatesTo(1L << 30), HostilePdfs.pageTreeNested(20_000))) {
        try {
          Reading result = reading.read(source("hostile.pdf", hostile));
          assertThat(result.warnings()).as("a partial reading says so").isNotEmpty();
        } catch (IngestException e) {
          assertThat(e.getMessage()).isNotBlank();
        }
      }
      assertThat(reading.read(source("offer.pdf", OFFER)).facts()).isNotEmpty();
    }
  }

  private static DocumentSource source(String name, byte[] bytes) {
    return new DocumentSource(name, name, null, bytes);
  }
}
