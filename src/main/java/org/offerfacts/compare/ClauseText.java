package org.offerfacts.compare;

import java.util.ArrayList;
import java.util.List;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.compare.Clause.Alternative;
import org.offerfacts.web.Messages;
import org.offerfacts.web.ValueFormat;

/** A clause in words: "Port 25 blocked = no or on request", "GTR ≤ 4 hours". */
final class ClauseText {
  private final Catalog catalog;
  private final ValueFormat format;
  private final Messages messages;

  ClauseText(Catalog catalog, ValueFormat format, Messages messages) {
    this.catalog = catalog;
    this.format = format;
    this.messages = messages;
  }

  String of(Clause clause) {
    List<String> parts = new ArrayList<>();
    String previous = null;
    for (Alternative a : clause.alternatives()) {
      String head = a.attribute().equals(previous) ? "" : format.label(a.attribute()) + " ";
      parts.add(head + a.op().symbol + " " + value(a));
      previous = a.attribute();
    }
    return String.join(" " + messages.t("compare.or") + " ", parts);
  }

  private String value(Alternative a) {
    if (catalog.condition(a.value()).isPresent()) return format.conditions(List.of(a.value()));
    Boolean b = ClauseMatcher.bool(a.value());
    boolean numeric = catalog.attribute(a.attribute()).map(x -> x.type().isNumeric()).orElse(false);
    if (numeric && ClauseMatcher.number(a.value()) != null) return format.value(a.attribute(), ClauseMatcher.number(a.value()));
    if (b != null && !numeric) return format.value(a.attribute(), b);
    return a.value();
  }
}
