package org.offerfacts.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.sheet.ImportPlan.CellNote;
import org.offerfacts.sheet.ImportPlan.PlannedFact;
import org.offerfacts.sheet.ImportPlan.PlannedOffer;
import org.offerfacts.store.Offer;

/**
 * Reads a sheet into an {@link ImportPlan} without writing anything: which offer each column
 * names, which attribute each row names, and what every cell says. Every non-empty cell ends
 * up somewhere in the plan — a fact, an unknown marker, a problem, or under an unmatched
 * heading — so nothing the buyer typed is dropped silently.
 */
public final class ImportPlanner {
  private final AttributeNames names;
  private final CellReader cells;

  public ImportPlanner(Catalog catalog) {
    this.names = new AttributeNames(catalog);
    this.cells = new CellReader(catalog);
  }

  /** One offer column of the turned sheet, and the facts its cells state. */
  private record Column(int index, Cell heading, String name, OfferMatcher.Match match, List<PlannedFact> facts) {}

  /** The plan as it is being filled in, row after row. */
  private record Draft(List<Column> columns, List<CellNote> unmatchedOffers, List<CellNote> unmatchedAttributes,
      List<CellNote> unknown, List<CellNote> problems) {
    Draft() {
      this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }
  }

  public ImportPlan plan(CsvTable table, String sha256, ImportOptions options, List<Offer> offers) {
    SheetLayout sheet = SheetLayout.of(table, names);
    int supplierRow = labelRow(sheet, AttributeNames::namesSupplier);
    int offerRow = labelRow(sheet, AttributeNames::namesOffer);
    Draft draft = new Draft();
    matchOffers(sheet, Math.max(offerRow, 0), supplierRow, new OfferMatcher(offers, options.createMissing()), draft);
    for (int r = 1; r < sheet.height(); r++) {
      if (r != supplierRow && r != offerRow) readRow(sheet, r, draft);
    }
    return new ImportPlan(sha256, options.fileName(), options.status().id, options.createMissing(), table.encoding(),
        table.delimiter() == '\t' ? "tab" : String.valueOf(table.delimiter()),
        sheet.offersAsColumns() ? "offers_as_columns" : "offers_as_rows",
        draft.columns().stream().map(ImportPlanner::planned).toList(), draft.unmatchedOffers(),
        draft.unmatchedAttributes(), draft.unknown(), draft.problems());
  }

  /** Each column's offer, named by the heading row (or an "Offer" row) and a "Supplier" row if there is one. */
  private static void matchOffers(SheetLayout sheet, int nameRow, int supplierRow, OfferMatcher matcher, Draft draft) {
    for (int c = 1; c < sheet.width(); c++) {
      Cell heading = sheet.at(nameRow, c);
      String name = SheetLayout.textOf(heading);
      String supplier = supplierRow > 0 ? SheetLayout.textOf(sheet.at(supplierRow, c)) : null;
      OfferMatcher.Match match = name.isEmpty() ? new OfferMatcher.Missing("no_offer_name") : matcher.match(name, supplier);
      if (match instanceof OfferMatcher.Missing missing) {
        Cell where = heading != null && !heading.isBlank() ? heading : firstFilled(sheet, c, false);
        if (where != null) draft.unmatchedOffers().add(CellNote.of(where, missing.reason(), null, name, null));
      } else {
        draft.columns().add(new Column(c, heading, name, match, new ArrayList<>()));
      }
    }
  }

  /** One attribute row: a fact, an unknown or a problem per offer; the whole row reported if it names nothing. */
  private void readRow(SheetLayout sheet, int r, Draft draft) {
    Cell label = sheet.at(r, 0);
    Optional<Attribute> attribute = label == null ? Optional.empty() : names.find(label.text());
    if (attribute.isEmpty()) {
      Cell where = label != null && !label.isBlank() ? label : firstFilled(sheet, r, true);
      if (where != null && rowHasValues(sheet, r)) {
        draft.unmatchedAttributes().add(CellNote.of(where, "no_attribute", null, null, null));
      }
      return;
    }
    String id = attribute.get().id();
    for (Column column : draft.columns()) {
      Cell cell = sheet.at(r, column.index());
      if (cell == null || cell.isBlank()) continue;
      CellValue value = cells.read(attribute.get(), cell.text());
      if (value instanceof CellValue.Stated s) {
        column.facts().add(new PlannedFact(id, s.value(), s.conditions(), cell.ref(),
            label.text().strip() + " | " + cell.text().strip(), cell.start(), cell.end()));
      } else if (value instanceof CellValue.Unreadable u) {
        draft.problems().add(CellNote.of(cell, u.reason(), u.detail(), column.name(), id));
      } else {
        draft.unknown().add(CellNote.of(cell, "unknown", null, column.name(), id));
      }
    }
  }

  private static PlannedOffer planned(Column column) {
    String ref = column.heading() == null ? null : column.heading().ref();
    if (column.match() instanceof OfferMatcher.Existing e) {
      return new PlannedOffer(e.offer().id(), e.offer().supplier(), e.offer().name(), false, ref, column.facts());
    }
    OfferMatcher.ToCreate t = (OfferMatcher.ToCreate) column.match();
    return new PlannedOffer(null, t.supplier(), t.name(), true, ref, column.facts());
  }

  /** The row whose label is "Supplier" (or "Offer"), or -1. */
  private static int labelRow(SheetLayout sheet, Predicate<String> names) {
    for (int r = 1; r < sheet.height(); r++) {
      if (names.test(SheetLayout.textOf(sheet.at(r, 0)))) return r;
    }
    return -1;
  }

  private static boolean rowHasValues(SheetLayout sheet, int row) {
    for (int c = 1; c < sheet.width(); c++) if (!SheetLayout.textOf(sheet.at(row, c)).isEmpty()) return true;
    return false;
  }

  /** The first non-empty cell of a row or column of the turned sheet, to point at one without a heading. */
  private static Cell firstFilled(SheetLayout sheet, int index, boolean row) {
    for (int i = 0; i < (row ? sheet.width() : sheet.height()); i++) {
      Cell cell = row ? sheet.at(index, i) : sheet.at(i, index);
      if (cell != null && !cell.isBlank()) return cell;
    }
    return null;
  }
}
