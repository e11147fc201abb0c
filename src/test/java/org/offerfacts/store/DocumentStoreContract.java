package org.offerfacts.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.offerfacts.store.schema.Tables.DOCUMENT_PAGE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.offerfacts.ingest.Page;

abstract class DocumentStoreContract extends StoreContract {
  final List<Long> indexedPages = new ArrayList<>();
  ContentStore contents;
  DocumentStore documents;
  long offer;

  DocumentStoreContract(Database.Backend backend) {
    super(backend);
  }

  @Override
  protected void openStores() {
    indexedPages.clear();
    contents = new ContentStore(db);
    documents = new DocumentStore(db, (tx, pageId, text) -> indexedPages.add(pageId));
    offer = anOffer();
  }

  @Test
  void a_document_comes_back_with_its_pages_in_order_and_every_field() {
    StoredDocument doc = documents.add(document(offer, "offre.pdf", "v1",
        List.of(new Page(1, "Débit : 1 Gbit/s"), new Page(2, "Port 25 bloqué — « sauf demande »"))));

    assertThat(documents.find(doc.id())).hasValue(doc);
    assertThat(doc.offerId()).isEqualTo(offer);
    assertThat(doc.source()).isEqualTo("offre.pdf");
    assertThat(doc.version()).isEqualTo(1);
    assertThat(doc.title()).isEqualTo("Offre v1");
    assertThat(doc.language()).isEqualTo("fr");
    assertThat(doc.pages()).isEqualTo(2);
    assertThat(doc.warnings()).containsExactly("page 3 has no text");
    assertThat(doc.fetchedAt()).isNull();
    assertThat(doc.createdAt()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(documents.pages(doc.id())).extracting(Page::number).containsExactly(1, 2);
    assertThat(documents.page(doc.id(), 2)).hasValue(new Page(2, "Port 25 bloqué — « sauf demande »"));
    assertThat(documents.page(doc.id(), 3)).isEmpty();
  }

  @Test
  void the_same_bytes_added_twice_to_an_offer_are_one_document() {
    StoredDocument first = documents.add(document(offer, "offre.pdf", "same", List.of(new Page(1, "x"))));
    StoredDocument again = documents.add(document(offer, "copie.pdf", "same", List.of(new Page(1, "x"))));

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.source()).isEqualTo("offre.pdf");
    assertThat(documents.ofOffer(offer)).hasSize(1);
    assertThat(documents.findByContent(offer, first.sha256())).hasValue(first);
  }

  @Test
  void the_same_bytes_in_another_offer_are_that_offer_s_own_document() {
    long other = new OfferStore(db).create(NewOffer.of("Nordlink", "SDSL")).id();
    StoredDocument mine = documents.add(document(offer, "offre.pdf", "same", List.of(new Page(1, "x"))));
    StoredDocument theirs = documents.add(document(other, "offre.pdf", "same", List.of(new Page(1, "x"))));

    assertThat(theirs.id()).isNotEqualTo(mine.id());
    assertThat(theirs.version()).isEqualTo(1);
    assertThat(documents.findByContent(other, mine.sha256())).hasValue(theirs);
  }

  @Test
  void changed_bytes_from_the_same_source_become_its_next_version() {
    String url = "https://example.com/offre";
    StoredDocument v1 = documents.add(document(offer, url, "monday", List.of(new Page(1, "a"))));
    StoredDocument v2 = documents.add(document(offer, url, "tuesday", List.of(new Page(1, "b"))));
    StoredDocument other = documents.add(document(offer, "fiche.html", "wednesday", List.of(new Page(1, "c"))));

    assertThat(v1.version()).isEqualTo(1);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(other.version()).isEqualTo(1);
    assertThat(v2.fromUrl()).isTrue();
    assertThat(documents.ofOffer(offer)).extracting(StoredDocument::id).containsExactly(other.id(), v2.id(), v1.id());
    assertThat(documents.pages(v1.id())).containsExactly(new Page(1, "a"));
  }

  @Test
  void each_offer_s_documents_are_counted() {
    long other = new OfferStore(db).create(NewOffer.of("Nordlink", "SDSL")).id();
    documents.add(document(offer, "a.pdf", "1", List.of(new Page(1, "x"))));
    documents.add(document(offer, "b.pdf", "2", List.of(new Page(1, "x"))));
    documents.add(document(other, "c.pdf", "3", List.of(new Page(1, "x"))));

    assertThat(documents.countsByOffer()).isEqualTo(Map.of(offer, 2, other, 1));
  }

  @Test
  void every_stored_page_is_given_to_the_search_index() {
    StoredDocument doc = documents.add(document(offer, "a.pdf", "1", List.of(new Page(1, "x"), new Page(2, "y"))));

    List<Long> pageIds = db.read().select(DOCUMENT_PAGE.ID).from(DOCUMENT_PAGE)
        .where(DOCUMENT_PAGE.DOCUMENT_ID.eq(doc.id())).orderBy(DOCUMENT_PAGE.PAGE).fetch(DOCUMENT_PAGE.ID);
    assertThat(indexedPages).hasSize(2).isEqualTo(pageIds);
  }

  @Test
  void a_search_index_failure_stores_nothing_of_the_document() {
    DocumentStore failing = new DocumentStore(db, (tx, pageId, text) -> {
      throw new IllegalStateException("index is full");
    });
    NewDocument doc = document(offer, "a.pdf", "1", List.of(new Page(1, "x")));

    assertThatThrownBy(() -> failing.add(doc)).hasMessageContaining("index is full");
    assertThat(documents.ofOffer(offer)).isEmpty();
    assertThat(db.read().fetchCount(DOCUMENT_PAGE)).isZero();
  }

  @Test
  void a_document_of_an_unknown_offer_is_refused() {
    assertThatThrownBy(() -> documents.add(document(offer + 100, "a.pdf", "1", List.of(new Page(1, "x")))))
        .isInstanceOf(org.jooq.exception.DataAccessException.class);
  }

  @Test
  void a_nul_character_in_a_document_keeps_the_text_s_length_so_quotes_still_point_right() {
    String text = "IPv6\0: oui";
    StoredDocument doc = documents.add(new NewDocument(offer, contents.put(new byte[] {7}, "text/plain"), "a.txt",
        "Titre\0", "fr", List.of(new Page(1, text)), List.of(), null));

    assertThat(doc.title()).isEqualTo("Titre\uFFFD");
    assertThat(documents.page(doc.id(), 1).orElseThrow().text()).isEqualTo("IPv6\uFFFD: oui").hasSameSizeAs(text);
  }

  @Test
  void documents_stored_at_once_from_one_source_get_distinct_versions_and_the_same_bytes_one_row()
      throws Exception {
    List<NewDocument> docs = new ArrayList<>();
    for (int i = 0; i < 4; i++) docs.add(document(offer, "https://example.com/offre", "day " + i, List.of(new Page(1, "x"))));
    docs.add(document(offer, "copie.pdf", "day 0", List.of(new Page(1, "x"))));
    ExecutorService pool = Executors.newFixedThreadPool(docs.size());
    try {
      CyclicBarrier together = new CyclicBarrier(docs.size());
      List<Callable<StoredDocument>> adds = docs.stream().<Callable<StoredDocument>>map(d -> () -> {
        together.await(20, TimeUnit.SECONDS);
        return documents.add(d);
      }).toList();
      for (Future<StoredDocument> added : pool.invokeAll(adds, 1, TimeUnit.MINUTES)) added.get();
    } finally {
      pool.shutdownNow();
    }

    // The copy is the same bytes as "day 0": whichever of the two lands first is the one row.
    List<StoredDocument> stored = documents.ofOffer(offer);
    assertThat(stored).hasSize(4);
    Map<String, List<Integer>> versions = stored.stream().collect(
        Collectors.groupingBy(StoredDocument::source, Collectors.mapping(StoredDocument::version, Collectors.toList())));
    versions.values().forEach(v ->
        assertThat(v).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, v.size()).boxed().toList()));
  }

  /** A document whose bytes are {@code bytes}, stored first as the ingestion does. */
  NewDocument document(long offerId, String source, String bytes, List<Page> pages) {
    String sha = contents.put(bytes.getBytes(StandardCharsets.UTF_8), "application/pdf");
    return new NewDocument(offerId, sha, source, "Offre " + bytes, "fr", pages, List.of("page 3 has no text"), null);
  }
}
