package org.offerfacts.compare;

import java.util.List;
import org.offerfacts.store.StoredFact;
import org.offerfacts.web.Messages;
import org.offerfacts.web.ValueFormat;

/** Words for cells: values, conditions, statuses, evidence links and the reason a cell is unknown. */
final class CellViews {
  private final ValueFormat format;
  private final Messages messages;

  CellViews(ValueFormat format, Messages messages) {
    this.format = format;
    this.messages = messages;
  }

  CellView of(Cell cell) {
    List<String> others = cell.others().stream().map(this::other).toList();
    String history = "/offers/" + cell.offerId() + "/facts/" + cell.attribute();
    StoredFact f = cell.current();
    if (f == null) {
      return new CellView("?", "value-unknown", "", "", "", unknownReason(cell), null, null, null, null, null, others, history);
    }
    return new CellView(format.value(cell.attribute(), f.value()), css(f.value()), format.conditions(f.conditions()),
        f.status().id, statusLabel(f), "", f.quote(), f.page(), f.documentId(),
        documentHref(f), f.note(), others, history);
  }

  /** Whose word a value is: a verified cell names the technician and the day. */
  private String statusLabel(StoredFact f) {
    String status = messages.t("status." + f.status().id);
    if (f.status() != org.offerfacts.store.FactStatus.VERIFIED) return status;
    return status + " — " + f.author() + ", " + f.recordedAt().substring(0, 10);
  }

  /** "not stated in the 3 documents we hold" is not a "no"; a cell where only disputed values stand says so. */
  private String unknownReason(Cell cell) {
    if (cell.contested()) return messages.t("compare.unknown.disputed");
    if (cell.documents() == 0) return messages.t("compare.unknown.no_documents");
    return messages.t("compare.unknown.not_stated", cell.documents());
  }

  private String other(StoredFact f) {
    String where = f.page() == null ? "" : ", " + messages.t("fact.page", f.page());
    String conditions = f.conditions().isEmpty() ? "" : " (" + format.conditions(f.conditions()) + ")";
    return format.value(f.attribute(), f.value()) + conditions + " — " + messages.t("status." + f.status().id) + where;
  }

  /** The document view at the quote's page with the quote highlighted. */
  static String documentHref(StoredFact f) {
    if (f.documentId() == null) return null;
    StringBuilder href = new StringBuilder("/documents/").append(f.documentId());
    if (f.page() != null) href.append("?page=").append(f.page());
    if (f.quoteStart() != null && f.quoteEnd() != null) {
      href.append(f.page() == null ? "?" : "&").append("hl=").append(f.quoteStart()).append('-').append(f.quoteEnd()).append("#hl");
    }
    return href.toString();
  }

  private static String css(Object value) {
    if (value instanceof Boolean b) return b ? "value-yes" : "value-no";
    return "";
  }
}
