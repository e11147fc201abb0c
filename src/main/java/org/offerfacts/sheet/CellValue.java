package org.offerfacts.sheet;

import java.util.List;

/** What a cell says about an attribute: a typed value, nothing known, or a problem to show. */
sealed interface CellValue {

  /** A value typed as the catalog says (Boolean, Long, Double or String), with condition ids. */
  record Stated(Object value, List<String> conditions) implements CellValue {
    public Stated {
      conditions = List.copyOf(conditions);
    }
  }

  /** Empty, "?", "NC", "n/a", "inconnu": no fact, as silence is unknown and never "no". */
  record Unknown() implements CellValue {}

  /**
   * A cell we could not read as its attribute's type.
   *
   * @param reason message key under {@code import.reason.}
   * @param detail what the message shows beside it (the unit, the allowed values)
   */
  record Unreadable(String reason, String detail) implements CellValue {}
}
