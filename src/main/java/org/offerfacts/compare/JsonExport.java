package org.offerfacts.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.store.Offer;
import org.offerfacts.store.StoredFact;

/**
 * The comparison for programs: raw values (true, 4, "ftth") beside the words the page shows,
 * every cell's evidence, and why an unknown cell is unknown.
 */
final class JsonExport {
  private JsonExport() {}

  static Map<String, Object> of(Comparison c, ComparisonView view, Catalog catalog) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("query", c.query().toQueryString());
    out.put("url", c.query().href("/compare"));
    out.put("title", view.title());
    out.put("notices", view.notices());
    out.put("filtered_out", c.filteredOut());
    out.put("offers", c.offers().stream().map(o -> offer(o, c.cells())).toList());
    out.put("attributes", c.attributes().stream().map(JsonExport::attribute).toList());
    List<Map<String, Object>> cells = new ArrayList<>();
    List<ComparisonView.Row> rows = view.rows();
    for (ComparisonView.Row row : rows) {
      for (int i = 0; i < c.offers().size(); i++) {
        cells.add(cell(c.cells().get(c.offers().get(i).id(), row.attribute()), row.cells().get(i)));
      }
    }
    out.put("cells", cells);
    out.put("requirements", c.requirements() == null ? null : requirements(c, view));
    return out;
  }

  private static Map<String, Object> offer(Offer o, Cells cells) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", o.id());
    out.put("supplier", o.supplier());
    out.put("name", o.name());
    out.put("kind", o.kind());
    out.put("monthly_price", o.monthlyPrice());
    out.put("documents", cells.documents(o.id()));
    return out;
  }

  private static Map<String, Object> attribute(Attribute a) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", a.id());
    out.put("category", a.category());
    out.put("type", a.type().id());
    out.put("unit", a.unit());
    out.put("label", a.label());
    return out;
  }

  private static Map<String, Object> cell(Cell cell, CellView view) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("offer", cell.offerId());
    out.put("attribute", cell.attribute());
    out.put("value", cell.value());
    out.put("text", view.text());
    out.put("status", cell.known() ? cell.status().id : null);
    out.put("conditions", cell.conditions());
    out.put("evidence", cell.known() ? evidence(cell.current()) : null);
    out.put("unknown", cell.known() ? null : view.unknownReason());
    out.put("others", cell.others().stream().map(f -> {
      Map<String, Object> other = new LinkedHashMap<>();
      other.put("value", f.value());
      other.put("status", f.status().id);
      other.put("conditions", f.conditions());
      other.put("evidence", evidence(f));
      return other;
    }).toList());
    return out;
  }

  private static Map<String, Object> evidence(StoredFact f) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("fact", f.id());
    out.put("document", f.documentId());
    out.put("page", f.page());
    out.put("quote", f.quote());
    out.put("start", f.quoteStart());
    out.put("end", f.quoteEnd());
    out.put("href", CellViews.documentHref(f));
    out.put("note", f.note());
    return out;
  }

  private static Map<String, Object> requirements(Comparison c, ComparisonView view) {
    Requirements r = c.requirements();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("profile", Map.of("id", r.profile().id(), "name", r.profile().name(), "clauses", r.profile().written()));
    List<Map<String, Object>> offers = new ArrayList<>();
    for (int i = 0; i < c.offers().size(); i++) {
      Requirements.OfferResult result = r.of(c.offers().get(i).id());
      Map<String, Object> offer = new LinkedHashMap<>();
      offer.put("offer", c.offers().get(i).id());
      offer.put("overall", result.overall().id());
      List<Map<String, Object>> results = new ArrayList<>();
      for (int k = 0; k < result.verdicts().size(); k++) {
        results.add(Map.of("clause", r.profile().clauses().get(k).written(), "text", view.requirements().lines().get(k).text(),
            "verdict", result.verdicts().get(k).id()));
      }
      offer.put("results", results);
      offer.put("unknown_attributes", result.unknownAttributes());
      offers.add(offer);
    }
    out.put("offers", offers);
    out.put("questions", view.requirements().questions());
    return out;
  }
}
