package org.offerfacts.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

abstract class OfferStoreContract extends StoreContract {
  OfferStore offers;

  OfferStoreContract(Database.Backend backend) {
    super(backend);
  }

  @Override
  protected void openStores() {
    offers = new OfferStore(db);
  }

  @Test
  void an_offer_comes_back_with_every_field_as_it_was_given() {
    Offer created = offers.create(new NewOffer(" Société Télécom ", "Fibre Pro ✓", "fibre", "https://example.com/fibre",
        new BigDecimal("29.90"), "Prix « hors TVA »"));

    Offer found = offers.find(created.id()).orElseThrow();
    assertThat(found).isEqualTo(created);
    assertThat(found.supplier()).isEqualTo("Société Télécom");
    assertThat(found.name()).isEqualTo("Fibre Pro ✓");
    assertThat(found.kind()).isEqualTo("fibre");
    assertThat(found.url()).isEqualTo("https://example.com/fibre");
    assertThat(found.monthlyPrice()).isEqualTo(new BigDecimal("29.90"));
    assertThat(found.notes()).isEqualTo("Prix « hors TVA »");
    assertThat(found.createdAt()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
  }

  @Test
  void prices_are_kept_to_the_cent_the_same_on_every_backend() {
    assertThat(offers.create(new NewOffer("A", "Whole", null, null, new BigDecimal("30"), null)).monthlyPrice())
        .isEqualTo(new BigDecimal("30.00"));
    assertThat(offers.create(new NewOffer("A", "Long", null, null, new BigDecimal("19.994"), null)).monthlyPrice())
        .isEqualTo(new BigDecimal("19.99"));
    assertThat(offers.create(new NewOffer("A", "Free", null, null, null, null)).monthlyPrice()).isNull();
  }

  @Test
  void blank_optional_fields_are_stored_as_nothing() {
    Offer offer = offers.create(new NewOffer("A", "B", " ", "", null, "\t"));
    assertThat(offer.kind()).isNull();
    assertThat(offer.url()).isNull();
    assertThat(offer.notes()).isNull();
  }

  @Test
  void creating_an_offer_again_returns_the_first_one_and_a_supplier_is_created_once() {
    Offer first = offers.create(NewOffer.of("Nordlink", "SDSL 10"));
    Offer again = offers.create(new NewOffer("Nordlink", "SDSL 10", "sdsl", null, null, null));
    Offer other = offers.create(NewOffer.of("Nordlink", "SDSL 20"));

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.kind()).isNull();
    assertThat(other.supplierId()).isEqualTo(first.supplierId());
    assertThat(offers.all()).hasSize(2);
  }

  @Test
  void offers_are_listed_by_supplier_then_name_whatever_the_case_and_accents() {
    offers.create(NewOffer.of("Zeta", "b"));
    offers.create(NewOffer.of("émeraude", "x"));
    offers.create(NewOffer.of("beta", "y"));
    offers.create(NewOffer.of("Zeta", "A"));
    offers.create(NewOffer.of("Alpha", "z"));

    assertThat(offers.all()).extracting(Offer::label)
        .containsExactly("Alpha — z", "beta — y", "émeraude — x", "Zeta — A", "Zeta — b");
  }

  @Test
  void offers_by_ids_come_in_the_order_asked_without_unknown_ids_or_repeats() {
    long a = offers.create(NewOffer.of("A", "1")).id();
    long b = offers.create(NewOffer.of("B", "2")).id();
    long c = offers.create(NewOffer.of("C", "3")).id();

    assertThat(offers.byIds(List.of(c, 999L, a, c))).extracting(Offer::id).containsExactly(c, a);
    assertThat(offers.byIds(List.of())).isEmpty();
    assertThat(offers.find(b + 1000)).isEmpty();
  }

  @Test
  void a_new_database_is_empty_until_an_offer_is_created() {
    assertThat(offers.isEmpty()).isTrue();
    offers.create(NewOffer.of("A", "B"));
    assertThat(offers.isEmpty()).isFalse();
  }

  @Test
  void people_creating_offers_of_one_new_supplier_at_once_share_it() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Offer>> creations = IntStream.range(0, 8)
          .<Callable<Offer>>mapToObj(i -> () -> offers.create(NewOffer.of("Brightwave", "Offer " + (i % 4))))
          .toList();
      List<Offer> created = pool.invokeAll(creations).stream().map(OfferStoreContract::result).toList();
      assertThat(created).extracting(Offer::supplierId).containsOnly(created.get(0).supplierId());
      assertThat(offers.all()).hasSize(4);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void prices_out_of_range_and_overlong_names_are_refused_before_the_database() {
    assertThatThrownBy(() -> new NewOffer("A", "B", null, null, new BigDecimal("100000000"), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NewOffer("A", "B", null, null, new BigDecimal("-1"), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NewOffer.of("A", "x".repeat(201))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_nul_character_typed_in_a_form_is_stored_as_a_replacement_character() {
    Offer offer = offers.create(new NewOffer("Acme\0", "Fibre\0Pro", null, null, null, "a\0b"));

    assertThat(offer.supplier()).isEqualTo("Acme\uFFFD");
    assertThat(offer.name()).isEqualTo("Fibre\uFFFDPro");
    assertThat(offer.notes()).isEqualTo("a\uFFFDb");
  }

  private static <T> T result(Future<T> future) {
    try {
      return future.get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
