package org.offerfacts.sheet;

/**
 * One cell as the file wrote it.
 *
 * @param text   the value, quotes removed and doubled quotes undone
 * @param row    0-based record number (a quoted line break stays inside its record)
 * @param column 0-based position in the record
 * @param start  where the cell's content begins in the decoded text (after its opening quote, if any)
 * @param end    where it ends (before its closing quote): a quote highlights what the buyer typed
 */
public record Cell(String text, int row, int column, int start, int end) {

  /** The address a spreadsheet shows: "B3". */
  public String ref() {
    return columnName(column) + (row + 1);
  }

  /** A, B, … Z, AA, AB…, as spreadsheets name columns. */
  public static String columnName(int column) {
    StringBuilder name = new StringBuilder();
    for (int n = column + 1; n > 0; n = (n - 1) / 26) name.insert(0, (char) ('A' + (n - 1) % 26));
    return name.toString();
  }

  public boolean isBlank() {
    return text.isBlank();
  }
}
