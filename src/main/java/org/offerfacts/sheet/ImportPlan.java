package org.offerfacts.sheet;

import java.util.List;

/**
 * What an import will record, shown before anything is written and returned by the API: facts
 * per offer, and every cell that will not become a fact, with the reason.
 *
 * @param sha256            the sheet's bytes, kept in the content store between the two steps
 * @param layout            "offers_as_columns" or "offers_as_rows"
 * @param offers            offers that receive facts, found or to be created
 * @param unmatchedOffers   headings that name no known offer and will not be created
 * @param unmatchedAttributes labels that name no catalog attribute
 * @param unknownCells      "?", "NC", "n/a": no fact, on purpose
 * @param problems          cells we could not read as their attribute's type
 */
public record ImportPlan(
    String sha256,
    String fileName,
    String status,
    boolean createMissing,
    String encoding,
    String delimiter,
    String layout,
    List<PlannedOffer> offers,
    List<CellNote> unmatchedOffers,
    List<CellNote> unmatchedAttributes,
    List<CellNote> unknownCells,
    List<CellNote> problems) {

  public ImportPlan {
    offers = List.copyOf(offers);
    unmatchedOffers = List.copyOf(unmatchedOffers);
    unmatchedAttributes = List.copyOf(unmatchedAttributes);
    unknownCells = List.copyOf(unknownCells);
    problems = List.copyOf(problems);
  }

  public int factCount() {
    return offers.stream().mapToInt(o -> o.facts().size()).sum();
  }

  /**
   * An offer that receives facts.
   *
   * @param offerId null when the offer will be created
   * @param cell    the heading cell that names it
   */
  public record PlannedOffer(Long offerId, String supplier, String name, boolean create, String cell,
      List<PlannedFact> facts) {
    public PlannedOffer {
      facts = List.copyOf(facts);
    }

    public String label() {
      return supplier + " — " + name;
    }
  }

  /**
   * One fact to record, with its evidence in the sheet's text.
   *
   * @param quote      the label cell and the value cell, as written: "IPv6 | Oui"
   * @param quoteStart where the value cell begins in the sheet's text (page 1 of the document)
   */
  public record PlannedFact(String attribute, Object value, List<String> conditions, String cell, String quote,
      int quoteStart, int quoteEnd) {
    public PlannedFact {
      conditions = List.copyOf(conditions);
    }
  }

  /**
   * A cell that does not become a fact.
   *
   * @param row       1-based, as spreadsheets number rows
   * @param column    the column's letter
   * @param reason    message key under {@code import.reason.}
   * @param detail    what the reason shows beside it (a unit, the allowed values), or null
   * @param offer     the offer heading of the cell, when it has one
   * @param attribute the attribute id of the cell, when it has one
   */
  public record CellNote(String cell, int row, String column, String text, String reason, String detail,
      String offer, String attribute) {

    static CellNote of(Cell cell, String reason, String detail, String offer, String attribute) {
      return new CellNote(cell.ref(), cell.row() + 1, Cell.columnName(cell.column()), cell.text(), reason, detail,
          offer, attribute);
    }
  }
}
