package org.offerfacts.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.offerfacts.app.App;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.ingest.Page;
import org.offerfacts.store.FactStatus;
import org.offerfacts.store.NewDocument;
import org.offerfacts.store.NewFact;
import org.offerfacts.store.NewOffer;
import org.offerfacts.store.Offer;

/**
 * Fills a knowledge base the size a busy team reaches: offers × attributes of facts with some
 * history, and thousands of documents of conditions-style pages, stored and indexed through the
 * same stores as real documents (extraction is skipped: it is measured by {@code bench}).
 */
final class BenchData {
  private static final String[] KINDS = {"fibre", "sdsl", "4g", "ftth", "vdsl"};

  private final App app;
  private final Random random = new Random(7);

  BenchData(App app) {
    this.app = app;
  }

  /** Returns the ids of the offers created. */
  List<Long> load(int offerCount, int attributeCount, int documentCount, int pagesPerDocument,
      java.util.function.IntConsumer documentsDone) {
    List<Attribute> attributes = app.catalog.attributes().stream().limit(attributeCount).toList();
    List<Long> ids = new ArrayList<>();
    for (int o = 0; o < offerCount; o++) {
      Offer offer = app.offers.create(new NewOffer("Supplier " + (o % 17 + 1), "Offer " + (o + 1),
          KINDS[o % KINDS.length], null, BigDecimal.valueOf(29 + random.nextInt(400)), null));
      ids.add(offer.id());
    }
    ConditionsText text = new ConditionsText(11);
    for (int d = 0; d < documentCount; d++) {
      long offerId = ids.get(d % ids.size());
      byte[] marker = ("bench document " + d).getBytes(StandardCharsets.UTF_8);
      String sha = app.contents.put(marker, "text/plain");
      List<Page> pages = new ArrayList<>();
      List<List<String>> lines = text.pages(pagesPerDocument);
      for (int p = 0; p < lines.size(); p++) pages.add(new Page(p + 1, String.join("\n", lines.get(p).subList(0, 22))));
      app.documents.add(new NewDocument(offerId, sha, "conditions-" + d + ".pdf", "Conditions générales " + d, "fr",
          pages, List.of(), null));
      documentsDone.accept(d + 1);
    }
    List<NewFact> facts = new ArrayList<>();
    for (long offerId : ids) {
      for (Attribute attribute : attributes) {
        if (random.nextInt(100) < 15) continue;
        facts.add(fact(offerId, attribute, FactStatus.EXTRACTED));
        if (random.nextInt(100) < 20) facts.add(fact(offerId, attribute, FactStatus.VERIFIED));
      }
    }
    app.facts.appendAll(facts);
    return ids;
  }

  private NewFact fact(long offerId, Attribute attribute, FactStatus status) {
    Object value = switch (attribute.type()) {
      case BOOLEAN -> random.nextBoolean();
      case INTEGER -> (long) (1 + random.nextInt(48));
      case NUMBER -> 10.0 * (1 + random.nextInt(100));
      case ENUM -> attribute.enumValues().isEmpty() ? "other" : attribute.enumValues().get(random.nextInt(attribute.enumValues().size()));
      case TEXT -> "text " + random.nextInt(100);
    };
    List<String> conditions = random.nextInt(10) == 0 ? List.of("on_request") : List.of();
    return new NewFact(offerId, attribute.id(), value, conditions, status, null, null, null, null, null,
        status == FactStatus.VERIFIED ? "checked on the trial line" : null, status == FactStatus.EXTRACTED ? 0.8 : null,
        status == FactStatus.VERIFIED ? "bench-technician" : attribute.id() + "/bench");
  }
}
