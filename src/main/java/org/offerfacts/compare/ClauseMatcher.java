package org.offerfacts.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.AttributeType;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.compare.Clause.Alternative;

/**
 * Judges clauses against cells, with the catalog's types: booleans as yes/no, numbers by their
 * size, enums and text by equality. An alternative that names a catalog condition
 * ("on_request") holds when the current fact carries that condition.
 */
public final class ClauseMatcher {
  private final Catalog catalog;

  public ClauseMatcher(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Refuses, with a message for the person who wrote it, a clause that cannot be judged. */
  public void check(Clause clause) {
    for (Alternative a : clause.alternatives()) {
      Attribute attribute = catalog.attribute(a.attribute()).orElseThrow(() ->
          new IllegalArgumentException("where: unknown attribute '" + a.attribute() + "' in '" + clause.written() + "'"));
      if (isCondition(attribute, a)) continue;
      AttributeType type = attribute.type();
      if (a.op().orders() && !type.isNumeric()) {
        throw new IllegalArgumentException("where: '" + a.attribute() + "' is not a number, so '" + a.op().written + "' cannot compare it");
      }
      boolean readable = switch (type) {
        case BOOLEAN -> bool(a.value()) != null;
        case INTEGER, NUMBER -> number(a.value()) != null;
        case ENUM -> attribute.enumValues().isEmpty() || attribute.enumValues().contains(a.value());
        case TEXT -> true;
      };
      if (!readable) {
        throw new IllegalArgumentException("where: '" + a.value() + "' is not a value of " + a.attribute() + " (" + type.id() + ")");
      }
    }
  }

  public Verdict verdict(Clause clause, Function<String, Cell> cellOf) {
    return Verdict.anyOf(clause.alternatives().stream().map(a -> verdict(a, cellOf.apply(a.attribute()))).toList());
  }

  Verdict verdict(Alternative a, Cell cell) {
    if (!cell.known()) return Verdict.UNKNOWN;
    Attribute attribute = catalog.attribute(a.attribute()).orElse(null);
    if (attribute != null && isCondition(attribute, a)) {
      return pass(cell.conditions().contains(a.value()) == (a.op() != Op.NE));
    }
    Object value = cell.value();
    if (value instanceof Boolean b) {
      Boolean wanted = bool(a.value());
      return pass(wanted != null && a.op().holds(b.equals(wanted) ? 0 : 1));
    }
    if (value instanceof Number n) {
      BigDecimal wanted = number(a.value());
      return pass(wanted != null && a.op().holds(new BigDecimal(n.toString()).compareTo(wanted)));
    }
    return pass(a.op().holds(String.valueOf(value).equalsIgnoreCase(a.value()) ? 0 : 1));
  }

  /** Which attributes of the clause have no value yet for this offer: the questions to ask. */
  List<String> unknownAttributes(Clause clause, Function<String, Cell> cellOf) {
    return clause.attributes().stream().filter(id -> !cellOf.apply(id).known()).toList();
  }

  private boolean isCondition(Attribute attribute, Alternative a) {
    return catalog.condition(a.value()).isPresent() && !attribute.enumValues().contains(a.value())
        && (a.op() == Op.EQ || a.op() == Op.NE);
  }

  private static Verdict pass(boolean holds) {
    return holds ? Verdict.PASS : Verdict.FAIL;
  }

  static Boolean bool(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1", "oui" -> true;
      case "false", "no", "0", "non" -> false;
      default -> null;
    };
  }

  static BigDecimal number(String text) {
    try {
      return new BigDecimal(text.replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
