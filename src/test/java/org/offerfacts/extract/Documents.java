package org.offerfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.offerfacts.catalog.CatalogLoader;
import org.offerfacts.ingest.ExtractedText;
import org.offerfacts.ingest.Page;

/**
 * Reads test documents with the catalog of {@code specs/} and checks what every fact must hold
 * whatever the test: its quote is exactly its page's text between its offsets.
 */
final class Documents {
  static final Extractor EXTRACTOR = new Extractor(CatalogLoader.fromDirectory(Path.of("specs")));

  private Documents() {}

  /** One page of text. */
  static DocumentFacts read(String text) {
    return read(ExtractedText.singlePage(text));
  }

  /** Several pages, numbered from 1. */
  static DocumentFacts readPages(String... pages) {
    List<Page> list = new ArrayList<>();
    for (int i = 0; i < pages.length; i++) list.add(new Page(i + 1, pages[i]));
    return read(new ExtractedText(list, List.of(), true));
  }

  static DocumentFacts read(ExtractedText text) {
    DocumentFacts facts = EXTRACTOR.extract(text, null);
    for (Fact f : facts.facts()) assertQuotedFromItsPage(text, f);
    for (Conflict c : facts.conflicts()) for (Fact f : c.readings()) assertQuotedFromItsPage(text, f);
    return facts;
  }

  static Optional<Fact> fact(DocumentFacts facts, String attribute) {
    return facts.facts().stream().filter(f -> f.attribute().equals(attribute)).findFirst();
  }

  /** The fact on the attribute, which the document must state. */
  static Fact the(DocumentFacts facts, String attribute) {
    return fact(facts, attribute).orElseThrow(() -> new AssertionError(
        "no fact on " + attribute + "; facts: " + facts.facts() + "; conflicts: " + facts.conflicts()));
  }

  static void assertQuotedFromItsPage(ExtractedText text, Fact f) {
    Page page = text.pages().stream().filter(p -> p.number() == f.page()).findFirst()
        .orElseThrow(() -> new AssertionError(f + " points to a missing page"));
    assertThat(f.start()).as("start of " + f).isBetween(0, f.end());
    assertThat(f.end()).as("end of " + f).isLessThanOrEqualTo(page.text().length());
    assertThat(f.quote()).as("quote of " + f.attribute()).isEqualTo(QuoteCap.cap(page.text().substring(f.start(), f.end())));
  }

  /** Asserts the fact's value, conditions and that its quote is the whole single-page text given. */
  static void assertFact(Fact f, Object value, String... conditions) {
    assertThat(f.value()).as(f.attribute() + " value, read from: " + f.quote()).isEqualTo(value);
    assertThat(f.conditions()).as(f.attribute() + " conditions, read from: " + f.quote())
        .containsExactlyInAnyOrder(conditions);
  }

  static List<String> attributes(DocumentFacts facts) {
    return facts.facts().stream().map(Fact::attribute).toList();
  }
}
