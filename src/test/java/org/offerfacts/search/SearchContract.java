package org.offerfacts.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offerfacts.ingest.Page;
import org.offerfacts.store.ContentStore;
import org.offerfacts.store.Database;
import org.offerfacts.store.DocumentStore;
import org.offerfacts.store.NewDocument;
import org.offerfacts.store.NewOffer;
import org.offerfacts.store.Offer;
import org.offerfacts.store.OfferStore;
import org.offerfacts.store.SearchIndex;
import org.offerfacts.store.StoredDocument;

/** The same search behaviour on every backend; each subclass brings a real, empty database. */
abstract class SearchContract {
  Database db;
  OfferStore offers;
  DocumentStore documents;
  Searcher searcher;

  protected abstract Database open() throws Exception;

  @BeforeEach
  void openDatabase() throws Exception {
    db = open();
    offers = new OfferStore(db);
    documents = new DocumentStore(db, new PageIndex());
    searcher = new Searcher(db);
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  @Test
  void any_spelling_of_a_french_word_finds_the_page_that_uses_another() {
    Offer fibre = offers.create(NewOffer.of("Fibreval", "Fibre Pro"));
    add(documents, fibre, "CG", "Le port 25 est bloqué par défaut.", "Aucune restriction de port.");

    for (String query : List.of("bloquees", "BLOQUÉ", "bloquer port")) {
      List<SearchHit> hits = searcher.search(SearchQuery.of(query)).hits();
      assertThat(hits).as(query).singleElement().satisfies(h -> {
        assertThat(h.page()).isEqualTo(1);
        assertThat(h.supplier()).isEqualTo("Fibreval");
        assertThat(h.offer()).isEqualTo("Fibre Pro");
        assertThat(h.title()).isEqualTo("CG");
      });
    }
  }

  @Test
  void every_word_must_be_on_the_page() {
    Offer fibre = offers.create(NewOffer.of("Fibreval", "Fibre Pro"));
    add(documents, fibre, "CG", "IPv6 natif inclus.", "Adresse IPv4 fixe.");
    assertThat(searcher.search(SearchQuery.of("ipv6 fixe")).hits()).isEmpty();
    assertThat(searcher.search(SearchQuery.of("ipv4 fixe")).hits()).extracting(SearchHit::page).containsExactly(2);
  }

  @Test
  void pages_that_say_a_word_more_often_rank_higher() {
    Offer fibre = offers.create(NewOffer.of("Fibreval", "Fibre Pro"));
    add(documents, fibre, "A", "Le routeur est fourni. La ligne est livrée. Le contrat est annuel.");
    add(documents, fibre, "B", "Le routeur est fourni. Le routeur est configurable. Le routeur reste à nous.");
    List<SearchHit> hits = searcher.search(SearchQuery.of("routeur")).hits();
    assertThat(hits).extracting(SearchHit::title).containsExactly("B", "A");
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
  }

  @Test
  void results_keep_to_the_supplier_and_offer_asked_for() {
    Offer fibre = offers.create(NewOffer.of("Fibreval", "Fibre Pro"));
    Offer fibreMax = offers.create(NewOffer.of("Fibreval", "Fibre Max"));
    Offer azur = offers.create(NewOffer.of("Azur", "4G Box"));
    add(documents, fibre, "F1", "Garantie de temps de rétablissement 4 h.");
    add(documents, fibreMax, "F2", "Garantie de temps de rétablissement 8 h.");
    add(documents, azur, "A1", "Aucune garantie de rétablissement.");

    assertThat(titles(new SearchQuery("garantie", null, null, 1))).containsExactlyInAnyOrder("F1", "F2", "A1");
    assertThat(titles(new SearchQuery("garantie", fibre.supplierId(), null, 1))).containsExactlyInAnyOrder("F1", "F2");
    assertThat(titles(new SearchQuery("garantie", null, fibreMax.id(), 1))).containsExactly("F2");
    assertThat(titles(new SearchQuery("garantie", azur.supplierId(), fibre.id(), 1))).isEmpty();
  }

  @Test
  void results_come_twenty_at_a_time_with_the_total() {
    Offer fibre = offers.create(NewOffer.of("Fibreval", "Fibre Pro"));
    add(documents, fibre, "Long", IntStream.rangeClosed(1, 25).mapToObj(i -> "Clause " + i + " sur le débit.").toArray(String[]::new));
    SearchResults first = searcher.search(SearchQuery.of("debit"));
    SearchResults second = searcher.search(new SearchQuery("debit", null, null, 2));
    assertThat(first.hits()).hasSize(20);
    assertThat(second.hits()).hasSize(5);
    assertThat(first.total()).isEqualTo(25);
    assertThat(first.capped()).isFalse();
    assertThat(first.hits().stream().map(SearchHit::page).toList())
        .doesNotContainAnyElementsOf(second.hits().stream().map(SearchHit::page).toList());
  }

  @Test
  void a_word_on_very_many_pages_ranks_only_the_newest_candidates_and_says_so() {
    Offer fibre = offers.create(NewOffer.of("Fibreval", "Fibre Pro"));
    add(documents, fibre, "Old", IntStream.rangeClosed(1, Searcher.CANDIDATES).mapToObj(i -> "Le service " + i).toArray(String[]::new));
    StoredDocument newest = add(documents, fibre, "New", "Le service, le service, toujours le service.");
    SearchResults results = searcher.search(SearchQuery.of("service"));
    assertThat(results.capped()).isTrue();
    assertThat(results.total()).isEqualTo(Searcher.CANDIDATES);
    assertThat(results.hits().get(0).documentId()).isEqualTo(newest.id());
  }

  @Test
  void query_syntax_typed_by_the_user_is_searched_as_words_or_ignored() {
    Offer fibre = offers.create(NewOffer.of("Fibreval", "Fibre Pro"));
    add(documents, fibre, "CG", "Le port 25 est filtré ; NEAR OR AND NOT sont des mots.");
    for (String hostile : List.of("\"", "*", "NEAR(", "OR", "-port", "port OR", "'; DROP TABLE page_search; --",
        "port\"*", "forms:port", "^port", "port AND NOT", "(port", "{forms}: port", "\u0000port")) {
      SearchResults results = searcher.search(SearchQuery.of(hostile));
      assertThat(results.hits()).as(hostile).allSatisfy(h -> assertThat(h.title()).isEqualTo("CG"));
    }
    assertThat(searcher.search(SearchQuery.of("-port")).hits()).hasSize(1);
    assertThat(searcher.search(SearchQuery.of("NEAR(")).hits()).hasSize(1);
    assertThat(searcher.search(SearchQuery.of("port")).hits()).hasSize(1);
  }

  @Test
  void pages_stored_before_search_was_wired_are_indexed_at_start() {
    Offer fibre = offers.create(NewOffer.of("Fibreval", "Fibre Pro"));
    add(new DocumentStore(db, SearchIndex.NONE), fibre, "CG", "Adresse IPv4 fixe.");
    assertThat(searcher.search(SearchQuery.of("fixe")).hits()).isEmpty();
    new PageIndex().catchUp(db);
    new PageIndex().catchUp(db);
    assertThat(searcher.search(SearchQuery.of("fixe")).hits()).hasSize(1);
  }

  private List<String> titles(SearchQuery query) {
    return searcher.search(query).hits().stream().map(SearchHit::title).toList();
  }

  private StoredDocument add(DocumentStore store, Offer offer, String title, String... pages) {
    byte[] bytes = (title + String.join("\f", pages)).getBytes(StandardCharsets.UTF_8);
    String sha = new ContentStore(db).put(bytes, "text/plain");
    List<Page> list = IntStream.range(0, pages.length).mapToObj(i -> new Page(i + 1, pages[i])).toList();
    return store.add(new NewDocument(offer.id(), sha, title + ".txt", title, "fr", list, List.of(), null));
  }
}
