package org.offerfacts.compare;

/** How a clause compares a cell's value with the value it names; equality is written bare. */
public enum Op {
  EQ("", "="), NE("!=", "≠"), LE("<=", "≤"), GE(">=", "≥"), LT("<", "<"), GT(">", ">");

  /** As the URL writes it: {@code sla_gtr_hours:<=4}. */
  public final String written;
  /** As people read it: "GTR ≤ 4 h". */
  public final String symbol;

  Op(String written, String symbol) {
    this.written = written;
    this.symbol = symbol;
  }

  public boolean orders() {
    return this != EQ && this != NE;
  }

  /** The operator a value starts with; two-character ones are tried first, so "<=" is not "<". */
  static Op prefixOf(String text) {
    for (Op op : new Op[] {NE, LE, GE, LT, GT}) if (text.startsWith(op.written)) return op;
    return EQ;
  }

  boolean holds(int comparison) {
    return switch (this) {
      case EQ -> comparison == 0;
      case NE -> comparison != 0;
      case LT -> comparison < 0;
      case LE -> comparison <= 0;
      case GT -> comparison > 0;
      case GE -> comparison >= 0;
    };
  }
}
