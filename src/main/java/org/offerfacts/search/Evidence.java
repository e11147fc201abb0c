package org.offerfacts.search;

/** The {@code hl=START-END} parameter of a document link: a quote's place on its page. */
final class Evidence {
  private Evidence() {}

  /**
   * [start, end) or null when absent or malformed: a link with a damaged highlight still opens
   * the document, just without the mark. Ranges past the page's end simply mark nothing.
   */
  static int[] range(String value) {
    if (value == null || !value.matches("\\d{1,9}-\\d{1,9}")) return null;
    String[] parts = value.split("-");
    int start = Integer.parseInt(parts[0]);
    int end = Integer.parseInt(parts[1]);
    return end > start ? new int[] {start, end} : null;
  }
}
