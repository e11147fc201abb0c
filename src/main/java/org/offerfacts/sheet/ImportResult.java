package org.offerfacts.sheet;

import java.util.List;

/**
 * What an import wrote.
 *
 * @param offerIds        the offers that received facts, in the sheet's order
 * @param recorded        facts appended
 * @param alreadyRecorded facts the same sheet had already recorded (importing twice adds nothing)
 * @param compare         the comparison of these offers; null when the sheet fed none
 */
public record ImportResult(List<Long> offerIds, int recorded, int alreadyRecorded, String compare) {
  public ImportResult {
    offerIds = List.copyOf(offerIds);
  }
}
