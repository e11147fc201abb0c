package org.offerfacts.sheet;

import java.util.List;

/**
 * The sheet turned so that offers are columns: row 0 holds the offer headings, column 0 the
 * attribute labels. Buyers draw comparisons both ways; whichever of the first column and the
 * header row names more catalog attributes holds the labels (the first column on a tie, the
 * usual French "grille comparative"). Cells keep their place in the file, so a transposed cell
 * still quotes and reports its own address.
 */
final class SheetLayout {
  private final Cell[][] grid;
  private final boolean offersAsColumns;

  private SheetLayout(Cell[][] grid, boolean offersAsColumns) {
    this.grid = grid;
    this.offersAsColumns = offersAsColumns;
  }

  static SheetLayout of(CsvTable table, AttributeNames names) {
    List<List<Cell>> rows = table.rows();
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    Cell[][] grid = new Cell[rows.size()][width];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).size(); c++) grid[r][c] = rows.get(r).get(c);
    }
    int inFirstColumn = 0;
    for (int r = 1; r < grid.length; r++) if (names(names, grid[r][0])) inFirstColumn++;
    int inHeaderRow = 0;
    for (int c = 1; c < width; c++) if (names(names, grid[0][c])) inHeaderRow++;
    if (inFirstColumn == 0 && inHeaderRow == 0) {
      throw new SheetException("no_attributes", "neither the first column nor the first row names an attribute");
    }
    boolean asColumns = inFirstColumn >= inHeaderRow;
    return new SheetLayout(asColumns ? grid : transpose(grid, width), asColumns);
  }

  boolean offersAsColumns() {
    return offersAsColumns;
  }

  /** Label rows (including row 0, the headings). */
  int height() {
    return grid.length;
  }

  /** Offer columns (including column 0, the labels). */
  int width() {
    return grid.length == 0 ? 0 : grid[0].length;
  }

  /** The cell, or null where a short record left it out. */
  Cell at(int row, int column) {
    return grid[row][column];
  }

  static String textOf(Cell cell) {
    return cell == null ? "" : cell.text().strip();
  }

  private static boolean names(AttributeNames names, Cell cell) {
    return cell != null && !cell.isBlank() && names.find(cell.text()).isPresent();
  }

  private static Cell[][] transpose(Cell[][] grid, int width) {
    Cell[][] turned = new Cell[width][grid.length];
    for (int r = 0; r < grid.length; r++) {
      for (int c = 0; c < width; c++) turned[c][r] = grid[r][c];
    }
    return turned;
  }
}
