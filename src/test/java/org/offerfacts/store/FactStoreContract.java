package org.offerfacts.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

abstract class FactStoreContract extends StoreContract {
  FactStore facts;
  long offer;

  FactStoreContract(Database.Backend backend) {
    super(backend);
  }

  @Override
  protected void openStores() {
    facts = new FactStore(db);
    offer = anOffer();
  }

  @Test
  void values_come_back_with_their_java_type() {
    List<Object> values = List.of(true, false, 0L, 4L, 5_000_000_000L, -2L, 99.95, 0.1, 1.0, "by_default", "« bloqué »", "");

    for (Object value : values) facts.append(fact("x", value, FactStatus.EXTRACTED));

    assertThat(facts.ofOffers(List.of(offer))).extracting(StoredFact::value).containsExactlyElementsOf(values);
    assertThat(facts.ofOffers(List.of(offer))).extracting(f -> f.value().getClass().getSimpleName())
        .containsExactly("Boolean", "Boolean", "Long", "Long", "Long", "Long", "Double", "Double", "Double", "String",
            "String", "String");
  }

  @Test
  void a_fact_comes_back_with_its_evidence_and_every_field() {
    NewFact given = new NewFact(offer, "port_25_blocked", true, List.of("by_default", "unblock_on_request"),
        FactStatus.SUPPLIER_STATED, null, 3, "Le port 25 est bloqué par défaut.", 120, 152, "dit au téléphone", 0.875,
        "alice@example.com");

    StoredFact stored = facts.find(facts.append(given)).orElseThrow();

    assertThat(stored.offerId()).isEqualTo(offer);
    assertThat(stored.attribute()).isEqualTo("port_25_blocked");
    assertThat(stored.value()).isEqualTo(true);
    assertThat(stored.conditions()).containsExactly("by_default", "unblock_on_request");
    assertThat(stored.status()).isEqualTo(FactStatus.SUPPLIER_STATED);
    assertThat(stored.documentId()).isNull();
    assertThat(stored.page()).isEqualTo(3);
    assertThat(stored.quote()).isEqualTo("Le port 25 est bloqué par défaut.");
    assertThat(stored.quoteStart()).isEqualTo(120);
    assertThat(stored.quoteEnd()).isEqualTo(152);
    assertThat(stored.note()).isEqualTo("dit au téléphone");
    assertThat(stored.confidence()).isEqualTo(0.875);
    assertThat(stored.author()).isEqualTo("alice@example.com");
    assertThat(stored.recordedAt()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
  }

  @Test
  void saying_a_fact_again_keeps_the_whole_history_oldest_first() {
    facts.append(fact("gtr_hours", 8L, FactStatus.EXTRACTED));
    facts.append(fact("gtr_hours", 4L, FactStatus.VERIFIED));
    facts.append(fact("gtr_hours", 8L, FactStatus.DISPUTED));

    assertThat(facts.ofOffers(List.of(offer)))
        .extracting(StoredFact::value, StoredFact::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(8L, FactStatus.EXTRACTED),
            org.assertj.core.groups.Tuple.tuple(4L, FactStatus.VERIFIED),
            org.assertj.core.groups.Tuple.tuple(8L, FactStatus.DISPUTED));
  }

  @Test
  void facts_are_read_for_the_offers_asked_only() {
    long other = new OfferStore(db).create(NewOffer.of("Azur", "4G")).id();
    facts.append(fact("ipv6", true, FactStatus.EXTRACTED));
    facts.append(new NewFact(other, "ipv6", false, List.of(), FactStatus.EXTRACTED, null, null, null, null, null, null,
        null, "rule"));

    assertThat(facts.ofOffers(List.of(other))).extracting(StoredFact::value).containsExactly(false);
    assertThat(facts.ofOffers(List.of(offer, other))).hasSize(2);
    assertThat(facts.ofOffers(List.of())).isEmpty();
  }

  @Test
  void facts_of_a_document_are_found_by_it() {
    ContentStore contents = new ContentStore(db);
    DocumentStore documents = new DocumentStore(db, SearchIndex.NONE);
    String sha = contents.put(new byte[] {1}, "text/plain");
    long doc = documents.add(new NewDocument(offer, sha, "a.txt", null, "en",
        List.of(new org.offerfacts.ingest.Page(1, "IPv6: yes")), List.of(), null)).id();

    long fromDoc = facts.append(new NewFact(offer, "ipv6", true, List.of(), FactStatus.EXTRACTED, doc, 1, "IPv6: yes",
        0, 9, null, 0.9, "ipv6/provided"));
    facts.append(fact("ipv6", false, FactStatus.VERIFIED));

    assertThat(facts.ofDocument(doc)).extracting(StoredFact::id).containsExactly(fromDoc);
  }

  @Test
  void a_batch_with_one_bad_fact_appends_none_of_it() {
    List<NewFact> batch = List.of(fact("ipv6", true, FactStatus.EXTRACTED),
        new NewFact(offer + 100, "ipv6", true, List.of(), FactStatus.EXTRACTED, null, null, null, null, null, null,
            null, "rule"));

    assertThatThrownBy(() -> facts.appendAll(batch)).isInstanceOf(org.jooq.exception.DataAccessException.class);
    assertThat(facts.ofOffers(List.of(offer))).isEmpty();
  }

  @Test
  void a_batch_is_appended_in_its_order() {
    facts.appendAll(List.of(fact("a", 1L, FactStatus.EXTRACTED), fact("b", 2L, FactStatus.EXTRACTED)));
    assertThat(facts.ofOffers(List.of(offer))).extracting(StoredFact::attribute).containsExactly("a", "b");
  }

  @Test
  void a_nul_character_in_a_quote_or_a_value_is_stored_on_every_backend() {
    long id = facts.append(new NewFact(offer, "router_model", "Box\0 4", List.of(), FactStatus.EXTRACTED, null, 1,
        "Routeur\0 Box 4", 0, 14, "note\0", null, "rule"));

    StoredFact stored = facts.find(id).orElseThrow();
    assertThat(stored.value()).isEqualTo("Box\0 4");
    assertThat(stored.quote()).isEqualTo("Routeur\uFFFD Box 4");
    assertThat(stored.note()).isEqualTo("note\uFFFD");
  }

  NewFact fact(String attribute, Object value, FactStatus status) {
    return new NewFact(offer, attribute, value, List.of(), status, null, null, null, null, null, null, null, "test");
  }
}
