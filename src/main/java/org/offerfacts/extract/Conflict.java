package org.offerfacts.extract;

import java.util.List;

/**
 * A document that states different values for one attribute. Every reading is kept so that a
 * person can decide; when no reading clearly wins, no fact is recorded.
 *
 * @param attribute the attribute id
 * @param readings  the disagreeing readings, most trusted first
 * @param resolved  true when one reading was trusted enough to become the fact
 */
public record Conflict(String attribute, List<Fact> readings, boolean resolved) {
  public Conflict {
    readings = List.copyOf(readings);
  }
}
