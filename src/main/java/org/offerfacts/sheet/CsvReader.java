package org.offerfacts.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * A small, strict RFC 4180 reader: fields separated by the delimiter found on the header line
 * ({@code ;} as French Excel writes, {@code ,} or tab), quoted fields with doubled quotes and
 * line breaks inside, CRLF or LF line ends. What RFC 4180 forbids — a quote inside an unquoted
 * field, text after a closing quote, an unclosed quote — stops the reading with its place,
 * rather than guessing and importing facts into the wrong cells. Sizes are capped at the edge.
 */
public final class CsvReader {
  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final int MAX_ROWS = 1_000;
  public static final int MAX_COLUMNS = 200;
  public static final int MAX_CELL_CHARS = 2_000;

  private final String text;
  private final char delimiter;
  private int at;
  private int row;

  private CsvReader(String text, char delimiter) {
    this.text = text;
    this.delimiter = delimiter;
  }

  public static CsvTable read(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new SheetException("too_large", "the file is larger than 5 MiB", 5);
    }
    SheetDecoding.Decoded decoded = SheetDecoding.decode(bytes);
    char delimiter = sniffDelimiter(decoded.text());
    List<List<Cell>> rows = new CsvReader(decoded.text(), delimiter).records();
    if (rows.isEmpty()) throw new SheetException("empty", "the file holds no cells");
    return new CsvTable(decoded.text(), decoded.charset().name(), delimiter, rows);
  }

  /** The most frequent of ; , and tab on the first record (outside quotes); ; wins ties, as French Excel writes it. */
  static char sniffDelimiter(String text) {
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') quoted = !quoted;
      if (quoted) continue;
      if (c == '\n' || c == '\r') break;
      if (c == ';') semicolons++;
      if (c == ',') commas++;
      if (c == '\t') tabs++;
    }
    if (semicolons >= commas && semicolons >= tabs && semicolons > 0) return ';';
    // Commas stand in text far more often than tabs: a tab on a tie is the separator.
    return tabs >= commas && tabs > 0 ? '\t' : ',';
  }

  private List<List<Cell>> records() {
    List<List<Cell>> rows = new ArrayList<>();
    while (at < text.length()) {
      if (row >= MAX_ROWS) throw new SheetException("too_many_rows", "the file has more than 1,000 rows", MAX_ROWS);
      List<Cell> record = record();
      if (record.stream().anyMatch(c -> !c.text().isEmpty())) rows.add(record);
      row++;
    }
    return rows;
  }

  /** One record, consuming its line end. */
  private List<Cell> record() {
    List<Cell> cells = new ArrayList<>();
    while (true) {
      if (cells.size() >= MAX_COLUMNS) {
        throw new SheetException("too_many_columns", "row " + (row + 1) + " has more than 200 columns", row + 1, MAX_COLUMNS);
      }
      cells.add(field(cells.size()));
      if (at >= text.length()) return cells;
      char c = text.charAt(at++);
      if (c == delimiter) continue;
      if (c == '\r' && at < text.length() && text.charAt(at) == '\n') at++;
      return cells;
    }
  }

  private Cell field(int column) {
    boolean isQuoted = at < text.length() && text.charAt(at) == '"';
    int start = isQuoted ? at + 1 : at;
    String value = isQuoted ? quoted(column) : bare(column);
    if (value.length() > MAX_CELL_CHARS) {
      throw new SheetException("cell_too_long", "cell " + ref(column) + " is longer than 2,000 characters",
          ref(column), MAX_CELL_CHARS);
    }
    return new Cell(value, row, column, start, isQuoted ? at - 1 : at);
  }

  private String bare(int column) {
    int start = at;
    while (at < text.length() && !endsField(text.charAt(at))) {
      if (text.charAt(at) == '"') {
        throw new SheetException("stray_quote", "cell " + ref(column) + " has a quote but is not quoted", ref(column));
      }
      at++;
    }
    return text.substring(start, at);
  }

  private String quoted(int column) {
    StringBuilder value = new StringBuilder();
    at++;
    while (true) {
      if (at >= text.length()) {
        throw new SheetException("unclosed_quote", "cell " + ref(column) + " opens a quote that never closes", ref(column));
      }
      char c = text.charAt(at++);
      if (c != '"') {
        value.append(c);
        // Checked while reading: an unclosed quote must not make us copy the whole file.
        if (value.length() > MAX_CELL_CHARS) break;
      } else if (at < text.length() && text.charAt(at) == '"') {
        value.append('"');
        at++;
      } else {
        if (at < text.length() && !endsField(text.charAt(at))) {
          throw new SheetException("text_after_quote", "cell " + ref(column) + " has text after its closing quote",
              ref(column));
        }
        break;
      }
    }
    return value.toString();
  }

  private boolean endsField(char c) {
    return c == delimiter || c == '\n' || c == '\r';
  }

  private String ref(int column) {
    return Cell.columnName(column) + (row + 1);
  }
}
