package org.offerfacts.compare;

import java.util.ArrayList;
import java.util.List;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.store.Offer;
import org.offerfacts.web.Messages;
import org.offerfacts.web.PageMeta;
import org.offerfacts.web.ValueFormat;

/**
 * A comparison precomputed for reading: the words of every cell, clause and notice in the
 * reader's language, so that templates, e-mail and downloads only lay it out.
 */
public record ComparisonView(String title, String description, List<Column> columns, List<RowGroup> groups,
    List<String> notices, List<String> filters, int filteredOut, RequirementsView requirements) {

  /** An offer as a column head. */
  public record Column(long offerId, String label, String kind, String price, int documents) {}

  public record RowGroup(String label, List<Row> rows) {}

  public record Row(String attribute, String label, List<CellView> cells) {}

  /** The profile's lines (one per requirement, a verdict per column), the overall line and the questions. */
  public record RequirementsView(long id, String name, List<RequirementLine> lines, List<Verdict> overall,
      List<Questions> questions) {}

  public record RequirementLine(String text, List<Verdict> verdicts) {}

  public record Questions(String offer, List<String> questions) {}

  public static ComparisonView of(Comparison c, Catalog catalog, PageMeta meta) {
    Messages messages = meta.messages();
    String lang = meta.lang();
    ValueFormat format = new ValueFormat(catalog, messages);
    CellViews cellViews = new CellViews(format, messages);
    ClauseText clauseText = new ClauseText(catalog, format, messages);
    List<Column> columns = c.offers().stream().map(o -> new Column(o.id(), o.label(), o.kind() == null ? "" : o.kind(),
        meta.price(o.monthlyPrice()), c.cells().documents(o.id()))).toList();
    List<RowGroup> groups = c.groups().stream().map(g -> new RowGroup(g.category().label().in(lang), g.attributes().stream()
        .map(a -> new Row(a.id(), a.label().in(lang), c.offers().stream().map(o -> cellViews.of(c.cells().get(o.id(), a.id()))).toList()))
        .toList())).toList();
    List<String> notices = c.notices().stream().map(n -> messages.t(n.key(), n.subject())).toList();
    List<String> filters = c.query().where().stream().map(clauseText::of).toList();
    RequirementsView requirements = c.requirements() == null ? null : requirements(c, catalog, lang, clauseText);
    String title = title(c.offers(), messages);
    String description = description(c, filters, messages);
    return new ComparisonView(title, description, columns, groups, notices, filters, c.filteredOut(), requirements);
  }

  private static RequirementsView requirements(Comparison c, Catalog catalog, String lang, ClauseText clauseText) {
    Requirements r = c.requirements();
    List<RequirementLine> lines = new ArrayList<>();
    for (int i = 0; i < r.profile().clauses().size(); i++) {
      int index = i;
      lines.add(new RequirementLine(clauseText.of(r.profile().clauses().get(i)),
          c.offers().stream().map(o -> r.of(o.id()).verdicts().get(index)).toList()));
    }
    List<Verdict> overall = c.offers().stream().map(o -> r.of(o.id()).overall()).toList();
    List<Questions> questions = c.offers().stream()
        .filter(o -> !r.of(o.id()).unknownAttributes().isEmpty())
        .map(o -> new Questions(o.label(), r.of(o.id()).unknownAttributes().stream()
            .map(id -> catalog.attribute(id).map(a -> a.question().in(lang)).orElse(id)).toList()))
        .toList();
    return new RequirementsView(r.profile().id(), r.profile().name(), lines, overall, questions);
  }

  private static String title(List<Offer> offers, Messages messages) {
    if (offers.isEmpty() || offers.size() > 3) return messages.t("compare.title_n", offers.size());
    return messages.t("compare.title_of", String.join(" · ", offers.stream().map(Offer::label).toList()));
  }

  /** What the link previews: the attributes compared, then the filters and the profile. */
  private static String description(Comparison c, List<String> filters, Messages messages) {
    List<Attribute> attributes = c.attributes();
    String lang = messages.lang().code();
    List<String> labels = attributes.stream().limit(8).map(a -> a.label().in(lang)).toList();
    StringBuilder out = new StringBuilder(String.join(", ", labels));
    if (attributes.size() > labels.size()) out.append("…");
    if (!filters.isEmpty()) out.append(" — ").append(messages.t("compare.filters")).append(": ").append(String.join("; ", filters));
    if (c.requirements() != null) out.append(" — ").append(messages.t("compare.profile")).append(": ").append(c.requirements().profile().name());
    return out.toString();
  }

  /** Every row, category after category. */
  public List<Row> rows() {
    return groups.stream().flatMap(g -> g.rows().stream()).toList();
  }
}
