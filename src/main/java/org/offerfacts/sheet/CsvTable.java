package org.offerfacts.sheet;

import java.util.List;

/**
 * A CSV file read into cells.
 *
 * @param text      the decoded text (without byte order mark): the page quotes are cut from
 * @param encoding  the character set the bytes were read with
 * @param delimiter the field separator found on the header line
 * @param rows      the records that hold at least one character, in file order
 */
public record CsvTable(String text, String encoding, char delimiter, List<List<Cell>> rows) {
  public CsvTable {
    rows = rows.stream().map(List::copyOf).toList();
  }
}
