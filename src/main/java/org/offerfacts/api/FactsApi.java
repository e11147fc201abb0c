package org.offerfacts.api;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.offerfacts.app.App;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.store.Offer;
import org.offerfacts.store.StoredFact;

/**
 * {@code GET /api/offers/{id}/facts}: the offer's whole fact history, newest first, each with
 * its evidence: a quote at a place in a stored document, or a person's note.
 */
public final class FactsApi {
  private final App app;

  public FactsApi(App app) {
    this.app = app;
  }

  /**
   * One entry of a cell's history.
   *
   * @param value    typed as the catalog types the attribute: boolean, whole number, number or string
   * @param unit     the catalog's unit for numbers, else null
   * @param evidence where a document says it; null when the fact rests on a note
   * @param author   the rule id for extracted facts, else who said it
   */
  record FactView(long id, String attribute, Object value, String unit, List<String> conditions, String status,
      Evidence evidence, String note, Double confidence, String author, String recordedAt) {}

  /** A verbatim quote, its page, and its position in that page's text (offsets in UTF-16 units, end excluded). */
  record Evidence(long document, Integer page, String quote, Integer start, Integer end) {}

  public void list(Context ctx) {
    Offer offer = OffersApi.find(app, ctx);
    List<StoredFact> facts = new ArrayList<>(app.facts.ofOffers(List.of(offer.id())));
    Collections.reverse(facts);
    ApiJson.write(ctx, Map.of("offer", offer.id(), "facts", facts.stream().map(f -> view(app.catalog, f)).toList()));
  }

  static FactView view(Catalog catalog, StoredFact f) {
    Attribute attribute = catalog.attribute(f.attribute()).orElse(null);
    Evidence evidence = f.documentId() == null ? null
        : new Evidence(f.documentId(), f.page(), f.quote(), f.quoteStart(), f.quoteEnd());
    return new FactView(f.id(), f.attribute(), typed(attribute, f.value()), attribute == null ? null : attribute.unit(),
        f.conditions(), f.status().id, evidence, f.note(), f.confidence(), f.author(), f.recordedAt());
  }

  /**
   * The stored value in the catalog's type: a whole number stored for a "number" attribute stays
   * a JSON number, and an integer attribute never shows as 4.0. A value that does not fit its
   * type (the catalog changed since it was recorded) is shown as stored rather than hidden.
   */
  static Object typed(Attribute attribute, Object value) {
    if (attribute == null || !(value instanceof Number n)) return value;
    return switch (attribute.type()) {
      case INTEGER -> n.doubleValue() == Math.rint(n.doubleValue()) ? (Object) n.longValue() : value;
      case NUMBER -> new BigDecimal(n.toString()).stripTrailingZeros();
      default -> value;
    };
  }
}
