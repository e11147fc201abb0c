package org.offerfacts.compare;

import java.util.ArrayList;
import java.util.List;
import org.offerfacts.compare.ComparisonView.Column;
import org.offerfacts.compare.ComparisonView.RequirementLine;
import org.offerfacts.compare.ComparisonView.Row;
import org.offerfacts.compare.ComparisonView.RowGroup;
import org.offerfacts.web.Messages;

/** The table as lines of text cells, the one layout that plain text and CSV share. */
final class TableLines {
  private TableLines() {}

  static List<List<String>> of(ComparisonView view, Messages messages) {
    List<List<String>> lines = new ArrayList<>();
    lines.add(line(messages.t("fact.attribute"), view.columns().stream().map(Column::label).toList()));
    lines.add(line(messages.t("offer.monthly_price"), view.columns().stream().map(Column::price).toList()));
    if (view.requirements() != null) {
      for (RequirementLine r : view.requirements().lines()) {
        lines.add(line(r.text(), r.verdicts().stream().map(v -> messages.t("compare.verdict." + v.id())).toList()));
      }
      lines.add(line(messages.t("compare.overall"),
          view.requirements().overall().stream().map(v -> messages.t("compare.verdict." + v.id())).toList()));
    }
    for (RowGroup group : view.groups()) {
      for (Row row : group.rows()) lines.add(line(row.label(), row.cells().stream().map(CellView::plain).toList()));
    }
    return lines;
  }

  private static List<String> line(String head, List<String> cells) {
    List<String> line = new ArrayList<>();
    line.add(head);
    line.addAll(cells);
    return line;
  }
}
