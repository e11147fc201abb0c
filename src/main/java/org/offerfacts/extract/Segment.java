package org.offerfacts.extract;

/**
 * The unit a fact is quoted from: a sentence, a list item, a table row or a short line.
 *
 * @param page  1-based page number
 * @param start offset of the first character in the page's text
 * @param end   offset after the last character
 * @param kind  what the segment is, which changes how it is read (table rows answer yes/no)
 */
public record Segment(int page, int start, int end, Kind kind) {
  public enum Kind { SENTENCE, LIST_ITEM, TABLE_ROW, LINE }

  public int length() {
    return end - start;
  }

  public String of(String pageText) {
    return pageText.substring(start, end);
  }
}
