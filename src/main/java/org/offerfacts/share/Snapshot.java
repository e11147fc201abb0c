package org.offerfacts.share;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.offerfacts.compare.Cell;
import org.offerfacts.compare.Comparison;

/**
 * A view frozen as data when its link is made: the offers (columns), the attributes by
 * category (rows) and each cell's value with its status, conditions and evidence. Values stay
 * raw (true, 4, "on_request") so the page words them in the reader's language and so they can
 * be compared with today's cells.
 */
public record Snapshot(String takenAt, List<Column> offers, List<Group> groups) {
  public Snapshot {
    offers = List.copyOf(offers);
    groups = List.copyOf(groups);
  }

  public record Column(long id, String label, String kind, BigDecimal monthlyPrice) {}

  public record Group(String category, List<Row> rows) {}

  /** One attribute, a cell per column in the columns' order. */
  public record Row(String attribute, List<Frozen> cells) {}

  /**
   * One cell as it stood. {@code value} and {@code status} are null when nothing was stated.
   * Who in the team stated or checked it is left out: the link goes to people outside.
   */
  public record Frozen(Object value, String status, List<String> conditions, String quote, Integer page, String note,
      String recordedAt) {
    static final Frozen UNKNOWN = new Frozen(null, null, List.of(), null, null, null, null);

    public Frozen {
      conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    static Frozen of(Cell cell) {
      if (!cell.known()) return UNKNOWN;
      var f = cell.current();
      return new Frozen(f.value(), f.status().id, f.conditions(), f.quote(), f.page(), f.note(), f.recordedAt());
    }

    /** Same value, status and conditions: what a reader of the link would see as "unchanged". */
    boolean sameAs(Frozen other) {
      return sameValue(value, other.value) && Objects.equals(status, other.status) && conditions.equals(other.conditions);
    }

    /** 4 and 4.0 are the same value: JSON hands numbers back as Integer, Long or Double. */
    private static boolean sameValue(Object a, Object b) {
      if (a instanceof Number x && b instanceof Number y) return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
      return Objects.equals(a, b);
    }
  }

  static Snapshot of(Comparison comparison, String takenAt) {
    List<Column> columns = comparison.offers().stream()
        .map(o -> new Column(o.id(), o.label(), o.kind(), o.monthlyPrice())).toList();
    List<Group> groups = comparison.groups().stream().map(g -> new Group(g.category().id(), g.attributes().stream()
        .map(a -> new Row(a.id(), comparison.offers().stream()
            .map(o -> Frozen.of(comparison.cells().get(o.id(), a.id()))).toList()))
        .toList())).toList();
    return new Snapshot(takenAt, columns, groups);
  }

  public List<Long> offerIds() {
    return offers.stream().map(Column::id).toList();
  }
}
