package org.offerfacts.share;

import java.util.ArrayList;
import java.util.List;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.web.Messages;
import org.offerfacts.web.PageMeta;
import org.offerfacts.web.ValueFormat;

/**
 * What /share/{token} shows, worded in the reader's language: the frozen table, how many of its
 * values changed since, and where the current view is for those with an account. Nothing in it
 * links into the app except that one current view.
 *
 * @param currentHref the internal view (needs a login)
 */
public record ShareView(String title, String takenOn, String expiresOn, int changed, String currentHref,
    List<Column> columns, List<RowGroup> groups) {

  public record Column(String label, String kind, String price) {}

  public record RowGroup(String label, List<Row> rows) {}

  public record Row(String attribute, String label, List<Shown> cells) {}

  /** A cell with its evidence inline: the quote and its page, or the note; never a link to the document. */
  public record Shown(String text, String css, String conditions, String status, String statusLabel, String quote,
      Integer page, String note, boolean changed) {
    public boolean known() {
      return !status.isEmpty();
    }
  }

  static ShareView of(ShareLinks.Opened opened, Catalog catalog, PageMeta meta) {
    Snapshot s = opened.snapshot();
    Messages messages = meta.messages();
    ValueFormat format = new ValueFormat(catalog, messages);
    List<Column> columns = s.offers().stream()
        .map(o -> new Column(o.label(), o.kind() == null ? "" : o.kind(), meta.price(o.monthlyPrice()))).toList();
    List<RowGroup> groups = new ArrayList<>();
    for (Snapshot.Group g : s.groups()) {
      String groupLabel = catalog.categories().stream().filter(c -> c.id().equals(g.category())).findFirst()
          .map(c -> c.label().in(meta.lang())).orElse(g.category());
      List<Row> rows = g.rows().stream().map(r -> new Row(r.attribute(), format.label(r.attribute()),
          shown(r, s, opened.changes(), format, messages))).toList();
      groups.add(new RowGroup(groupLabel, rows));
    }
    ShareLink link = opened.link();
    String title = link.kind().equals("offer") ? link.title()
        : s.offers().size() <= 3 ? messages.t("compare.title_of", link.title()) : messages.t("compare.title_n", s.offers().size());
    return new ShareView(title, s.takenAt().substring(0, 10), link.expiresOn() == null ? null : link.expiresOn().toString(),
        opened.changes().count(), link.viewPath(), columns, groups);
  }

  private static List<Shown> shown(Snapshot.Row row, Snapshot s, Changes changes, ValueFormat format, Messages messages) {
    List<Shown> cells = new ArrayList<>();
    for (int i = 0; i < row.cells().size(); i++) {
      Snapshot.Frozen f = row.cells().get(i);
      boolean changed = changes.changed(s.offers().get(i).id(), row.attribute());
      if (f.status() == null) {
        cells.add(new Shown("?", "value-unknown", "", "", "", null, null, null, changed));
        continue;
      }
      String css = f.value() instanceof Boolean b ? (b ? "value-yes" : "value-no") : "";
      cells.add(new Shown(format.value(row.attribute(), f.value()), css, format.conditions(f.conditions()), f.status(),
          statusLabel(f, messages), f.quote(), f.page(), f.note(), changed));
    }
    return cells;
  }

  /** Outsiders learn how sure a value is and since when, not who in the team checked it. */
  private static String statusLabel(Snapshot.Frozen f, Messages messages) {
    String status = messages.t("status." + f.status());
    if (!"verified".equals(f.status()) || f.recordedAt() == null) return status;
    return status + ", " + f.recordedAt().substring(0, 10);
  }
}
