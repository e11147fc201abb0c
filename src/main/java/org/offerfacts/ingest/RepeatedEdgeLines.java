package org.offerfacts.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes running headers and footers ("Page 3 / 35", "Conditions générales – Acme Telecom")
 * that would otherwise sit in the middle of sentences spanning two pages and be matched by rules
 * once per page. A line is a running header (footer) when it is among the first (last) two
 * non-blank lines of its page and the same line, numbers aside, holds that place on at least 60%
 * of the pages. Fewer than three pages give no evidence, so nothing is removed; short pages offer
 * fewer edge lines, so a page never loses its last body line.
 */
final class RepeatedEdgeLines {

  private static final int MIN_PAGES = 3;
  private static final int EDGE_LINES = 2;
  private static final double MIN_SHARE = 0.6;

  private enum Edge { TOP, BOTTOM }

  private record EdgeKey(Edge edge, String shape) {}

  private RepeatedEdgeLines() {}

  static List<String> remove(List<String> pages) {
    if (pages.size() < MIN_PAGES) return pages;
    Map<EdgeKey, Integer> pagesWithLine = new HashMap<>();
    for (String page : pages) {
      Set<EdgeKey> keys = new HashSet<>();
      List<String> lines = List.of(page.split("\n", -1));
      for (int index : edgeLineIndexes(lines, Edge.TOP)) keys.add(new EdgeKey(Edge.TOP, shape(lines.get(index))));
      for (int index : edgeLineIndexes(lines, Edge.BOTTOM)) keys.add(new EdgeKey(Edge.BOTTOM, shape(lines.get(index))));
      keys.forEach(key -> pagesWithLine.merge(key, 1, Integer::sum));
    }
    int threshold = (int) Math.ceil(pages.size() * MIN_SHARE);
    Set<EdgeKey> running = new HashSet<>();
    pagesWithLine.forEach((key, count) -> {
      if (count >= threshold) running.add(key);
    });
    if (running.isEmpty()) return pages;

    List<String> cleaned = new ArrayList<>(pages.size());
    for (String page : pages) cleaned.add(removeRunning(page, running));
    return cleaned;
  }

  private static String removeRunning(String page, Set<EdgeKey> running) {
    List<String> lines = new ArrayList<>(List.of(page.split("\n", -1)));
    Set<Integer> drop = new HashSet<>();
    for (Edge edge : Edge.values()) {
      for (int index : edgeLineIndexes(lines, edge)) {
        if (running.contains(new EdgeKey(edge, shape(lines.get(index))))) drop.add(index);
      }
    }
    if (drop.isEmpty()) return page;
    StringBuilder kept = new StringBuilder(page.length());
    for (int i = 0; i < lines.size(); i++) {
      if (drop.contains(i)) continue;
      if (kept.length() > 0) kept.append('\n');
      kept.append(lines.get(i));
    }
    return kept.toString().strip();
  }

  /**
   * Indexes of the first (or last) non-blank lines of a page: two, or fewer on short pages so
   * that at least one line between them always stays (a one-line page is all body).
   */
  private static List<Integer> edgeLineIndexes(List<String> lines, Edge edge) {
    int nonBlank = (int) lines.stream().filter(line -> !line.isBlank()).count();
    int wanted = Math.min(EDGE_LINES, (nonBlank - 1) / 2);
    List<Integer> indexes = new ArrayList<>(EDGE_LINES);
    for (int n = 0; n < lines.size() && indexes.size() < wanted; n++) {
      int i = edge == Edge.TOP ? n : lines.size() - 1 - n;
      if (!lines.get(i).isBlank()) indexes.add(i);
    }
    return indexes;
  }

  /**
   * The line with every run of digits as '#' and whitespace collapsed, so "Page 3 / 35" and
   * "Page 12 / 35" are the same line. Runs, not single digits, or page 9 and page 10 differ.
   */
  static String shape(String line) {
    return line.replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
  }
}
