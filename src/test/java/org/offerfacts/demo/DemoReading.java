package org.offerfacts.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.extract.DocumentFacts;
import org.offerfacts.extract.Extractor;
import org.offerfacts.extract.Fact;
import org.offerfacts.ingest.DocumentSource;
import org.offerfacts.ingest.IngestException;
import org.offerfacts.ingest.IngestLimits;
import org.offerfacts.ingest.IngestedDocument;
import org.offerfacts.ingest.Ingestor;
import org.offerfacts.ingest.Page;

/**
 * Reads demo documents the way the web app will: the real ingestor with its default limits, the
 * bundled catalog, and the declared type only as a hint.
 */
final class DemoReading {
  private static final Ingestor INGESTOR = new Ingestor(IngestLimits.DEFAULT, null);
  private static final Extractor EXTRACTOR = new Extractor(Catalog.bundled());

  /** A document read, with its text kept to check quotes and pages. */
  record Read(IngestedDocument document, DocumentFacts facts) {
    Fact the(String attribute) {
      return facts.facts().stream().filter(f -> f.attribute().equals(attribute)).findFirst()
          .orElseThrow(() -> new AssertionError("no fact on " + attribute + " in " + document.source()
              + "; facts: " + summary() + "; conflicts: " + facts.conflicts()));
    }

    /** Each fact as "value [conditions]", by attribute: one line shows what a document says. */
    Map<String, String> summary() {
      Map<String, String> out = new LinkedHashMap<>();
      for (Fact f : facts.facts()) out.put(f.attribute(), f.value() + " " + List.copyOf(f.conditions()));
      return out;
    }
  }

  private DemoReading() {}

  static DemoOffer offer(String supplier) {
    return DemoSet.offers().stream().filter(o -> o.supplier().equals(supplier)).findFirst().orElseThrow();
  }

  static Read read(String supplier, String fileName) {
    DemoDocument document = offer(supplier).documents().stream().filter(d -> d.fileName().equals(fileName))
        .findFirst().orElseThrow(() -> new AssertionError(supplier + " has no document " + fileName));
    return read(document);
  }

  static Read read(DemoDocument demo) {
    IngestedDocument document;
    try {
      document = INGESTOR.ingest(new DocumentSource(demo.fileName(), demo.fileName(), demo.mediaType(), demo.content()));
    } catch (IngestException e) {
      throw new AssertionError(demo.fileName() + " cannot be read: " + e.getMessage(), e);
    }
    assertThat(demo.mediaType()).as("declared type of " + demo.fileName()).startsWith(document.mediaType());
    assertThat(document.text().warnings()).as("warnings reading " + demo.fileName()).isEmpty();
    DocumentFacts facts = EXTRACTOR.extract(document.text(), document.language());
    for (Fact f : facts.facts()) {
      Page page = document.text().pages().get(f.page() - 1);
      assertThat(page.text().substring(f.start(), f.end())).as("quote of " + f.attribute()).isEqualTo(f.quote());
    }
    return new Read(document, facts);
  }
}
