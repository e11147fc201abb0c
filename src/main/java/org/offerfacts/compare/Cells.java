package org.offerfacts.compare;

import java.util.Map;

/** The derived cells of a comparison; a cell nobody spoke of is unknown, with the offer's document count. */
public final class Cells {
  private final Map<Long, Map<String, Cell>> cells;
  private final Map<Long, Integer> documentsByOffer;

  Cells(Map<Long, Map<String, Cell>> cells, Map<Long, Integer> documentsByOffer) {
    this.cells = cells;
    this.documentsByOffer = documentsByOffer;
  }

  public Cell get(long offerId, String attribute) {
    Cell cell = cells.getOrDefault(offerId, Map.of()).get(attribute);
    return cell != null ? cell : Cell.unknown(offerId, attribute, documents(offerId));
  }

  public int documents(long offerId) {
    return documentsByOffer.getOrDefault(offerId, 0);
  }

  /** Whether the offer has any fact on this attribute: the default rows are those someone spoke of. */
  boolean anyFact(String attribute) {
    return cells.values().stream().anyMatch(row -> row.containsKey(attribute));
  }
}
