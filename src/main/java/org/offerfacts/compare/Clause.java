package org.offerfacts.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One filter or requirement: alternatives joined by "|", any of which may hold.
 * {@code smtp_port25_outbound_blocked:false|on_request} keeps an open port 25 or a block that
 * comes with "on request"; an alternative may name another attribute
 * ({@code smtp_port25_outbound_blocked:false|smtp_port25_unblock_on_request:true}).
 */
public record Clause(List<Alternative> alternatives) {
  private static final Pattern ID = Pattern.compile("[a-z0-9_]{1,64}");
  static final int MAX_LENGTH = 500;

  public Clause {
    alternatives = List.copyOf(alternatives);
    if (alternatives.isEmpty()) throw new IllegalArgumentException("a clause needs at least one alternative");
  }

  /**
   * One alternative: the attribute, how to compare, and a value or a condition id.
   *
   * @param value as written, without the operator ("true", "4", "on_request")
   */
  public record Alternative(String attribute, Op op, String value) {
    String written() {
      return op.written + value;
    }
  }

  /** Reads {@code attr:[op]value|[attr:][op]value…}; a later alternative without "attr:" keeps the previous attribute. */
  public static Clause parse(String text) {
    String clause = text.strip();
    if (clause.length() > MAX_LENGTH) throw new IllegalArgumentException("a where clause is longer than " + MAX_LENGTH + " characters");
    List<Alternative> alternatives = new ArrayList<>();
    String attribute = null;
    for (String part : clause.split("\\|", -1)) {
      String item = part.strip();
      int colon = item.indexOf(':');
      if (colon >= 0) {
        attribute = item.substring(0, colon).strip();
        item = item.substring(colon + 1).strip();
        if (!ID.matcher(attribute).matches()) {
          throw new IllegalArgumentException("where: '" + attribute + "' is not an attribute id (in '" + clause + "')");
        }
      } else if (attribute == null) {
        throw new IllegalArgumentException("where: '" + clause + "' should read attribute:value, e.g. ipv6:true");
      }
      Op op = Op.prefixOf(item);
      String value = item.substring(op.written.length()).strip();
      if (value.startsWith("=")) value = value.substring(1).strip();
      if (value.isEmpty()) {
        throw new IllegalArgumentException("where: '" + clause + "' has no value to compare with after '" + attribute + ":'");
      }
      if (value.contains(":")) throw new IllegalArgumentException("where: '" + value + "' is not a value (in '" + clause + "')");
      alternatives.add(new Alternative(attribute, op, value));
    }
    return new Clause(alternatives);
  }

  /** Every clause of a comma-separated list; blank entries are skipped. */
  public static List<Clause> parseAll(String text, int max) {
    List<Clause> clauses = new ArrayList<>();
    if (text == null) return clauses;
    for (String part : text.split("[,\\r\\n]")) {
      if (part.isBlank()) continue;
      clauses.add(parse(part));
      if (clauses.size() > max) throw new IllegalArgumentException("where: more than " + max + " clauses");
    }
    return clauses;
  }

  /** The canonical writing: the attribute is repeated only where it changes. */
  public String written() {
    StringBuilder out = new StringBuilder();
    String previous = null;
    for (Alternative a : alternatives) {
      if (previous != null) out.append('|');
      if (!a.attribute().equals(previous)) out.append(a.attribute()).append(':');
      out.append(a.written());
      previous = a.attribute();
    }
    return out.toString();
  }

  public static String writeAll(List<Clause> clauses) {
    return String.join(",", clauses.stream().map(Clause::written).toList());
  }

  /** The attributes the clause reads, first mention first. */
  public List<String> attributes() {
    return alternatives.stream().map(Alternative::attribute).distinct().toList();
  }
}
