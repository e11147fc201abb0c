package org.offerfacts.ingest;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds two-column pages whose content stream interleaves the columns (left line 1, right line
 * 1, left line 2…), which PDFBox reads across the gutter as "left1 right1 / left2 right2". The
 * heuristic: a vertical band in the middle of the page (20–80% of its width) that no more than
 * a tenth of the text lines cross, with a good share of lines on each side, and both sides wide
 * and filled like prose (key/value tables have a narrow side, so they stay row by row). Lines that
 * cross the gutter (a title, a full-width paragraph, a centred page number) become full-width
 * bands read in place between the column bands.
 */
final class ColumnLayout {

  static final double MIN_GUTTER_WIDTH = 10;
  static final double GUTTER_ZONE_START = 0.2;
  static final double GUTTER_ZONE_END = 0.8;
  static final double MAX_CROSSING_SHARE = 0.1;
  static final double MIN_SIDE_SHARE = 0.25;
  private static final double MIN_FILL = 0.5;
  /** Columns of prose are wide; the value side of a key/value table is not. */
  private static final double MIN_COLUMN_WIDTH_SHARE = 0.25;
  static final int MIN_LINES = 4;
  private static final double FAR = 1e6;

  private ColumnLayout() {}

  /** A glyph's box and its place in the content stream. */
  private record Box(float x, float end, float y, int streamOrder) {}

  private record Line(float y, List<Box> boxes) {}

  private record Gutter(double start, double end) {
    boolean leftOf(Box box) {
      return box.end() <= start;
    }

    boolean rightOf(Box box) {
      return box.x() >= end;
    }
  }

  private enum Side { LEFT, RIGHT, BOTH, CROSSING }

  /**
   * The regions to read in order when the page has interleaved columns, else empty: either one
   * column, or columns the content stream already gives one after the other.
   */
  static Optional<List<Rectangle2D>> readingRegions(PageGlyphs glyphs) {
    if (glyphs.count() == 0 || !GutterPrecheck.mayHaveGutter(glyphs)) return Optional.empty();
    float pageWidth = glyphs.pageWidth();
    List<Box> boxes = new ArrayList<>(glyphs.count());
    float[] sizes = new float[glyphs.count()];
    for (int i = 0; i < glyphs.count(); i++) {
      boxes.add(new Box(glyphs.x(i), glyphs.end(i), glyphs.y(i), i));
      sizes[i] = glyphs.fontSize(i);
    }
    List<Line> lines = groupIntoLines(boxes, sizes);
    if (lines.size() < MIN_LINES) return Optional.empty();
    // One crossing line (a title, a centred page number) is always allowed.
    int maxCrossing = Math.max(1, (int) Math.floor(lines.size() * MAX_CROSSING_SHARE));

    for (Gutter gutter : gutterCandidates(lines, pageWidth, maxCrossing)) {
      List<Side> sides = lines.stream().map(line -> sideOf(line, gutter)).toList();
      if (isTwoColumns(lines, sides, gutter, maxCrossing, pageWidth)) {
        if (!interleaved(lines, sides, gutter, boxes.size())) return Optional.empty();
        return Optional.of(regions(lines, sides, (gutter.start() + gutter.end()) / 2));
      }
    }
    return Optional.empty();
  }

  /** Baselines closer than ~0.4 em belong to one line. */
  private static List<Line> groupIntoLines(List<Box> boxes, float[] sizes) {
    Arrays.sort(sizes);
    float tolerance = Math.max(1f, Math.min(6f, 0.4f * sizes[sizes.length / 2]));
    List<Box> byY = new ArrayList<>(boxes);
    byY.sort(Comparator.comparingDouble(Box::y));
    List<Line> lines = new ArrayList<>();
    List<Box> current = new ArrayList<>();
    float lineY = byY.get(0).y();
    for (Box box : byY) {
      if (box.y() - lineY > tolerance) {
        lines.add(new Line(lineY, current));
        current = new ArrayList<>();
        lineY = box.y();
      }
      current.add(box);
    }
    lines.add(new Line(lineY, current));
    return lines;
  }

  /**
   * Empty x-ranges in the middle of the page: first those no line crosses, then those at most
   * one line crosses, and so on, widest first at each level. A clean gutter must win over a
   * wider band that a long line of the left column intrudes into.
   */
  private static List<Gutter> gutterCandidates(List<Line> lines, float pageWidth, int maxCrossing) {
    int width = (int) Math.ceil(pageWidth) + 1;
    int[] coveringLines = new int[width];
    BitSet covered = new BitSet(width);
    for (Line line : lines) {
      covered.clear();
      for (Box box : line.boxes()) {
        int from = clamp((int) Math.floor(box.x()), width);
        int to = clamp((int) Math.ceil(box.end()), width);
        covered.set(from, Math.max(from, to));
      }
      for (int x = covered.nextSetBit(0); x >= 0; x = covered.nextSetBit(x + 1)) coveringLines[x]++;
    }
    int zoneStart = (int) (pageWidth * GUTTER_ZONE_START);
    int zoneEnd = Math.min(width - 1, (int) (pageWidth * GUTTER_ZONE_END));
    List<Gutter> candidates = new ArrayList<>();
    for (int allowed = 0; allowed <= maxCrossing; allowed++) {
      List<Gutter> level = new ArrayList<>();
      int runStart = -1;
      for (int x = zoneStart; x <= zoneEnd + 1; x++) {
        boolean free = x <= zoneEnd && coveringLines[x] <= allowed;
        if (free && runStart < 0) runStart = x;
        if (!free && runStart >= 0) {
          if (x - runStart >= MIN_GUTTER_WIDTH) level.add(new Gutter(runStart, x));
          runStart = -1;
        }
      }
      level.sort(Comparator.comparingDouble((Gutter g) -> g.end() - g.start()).reversed());
      candidates.addAll(level);
    }
    return candidates;
  }

  private static boolean isTwoColumns(List<Line> lines, List<Side> sides, Gutter gutter, int maxCrossing, float pageWidth) {
    long crossing = sides.stream().filter(s -> s == Side.CROSSING).count();
    long left = sides.stream().filter(s -> s == Side.LEFT || s == Side.BOTH).count();
    long right = sides.stream().filter(s -> s == Side.RIGHT || s == Side.BOTH).count();
    double minSide = lines.size() * MIN_SIDE_SHARE;
    if (crossing > maxCrossing || left < minSide || right < minSide) return false;
    double minWidth = pageWidth * MIN_COLUMN_WIDTH_SHARE;
    return fillsLikeProse(lines, sides, gutter, true, minWidth) && fillsLikeProse(lines, sides, gutter, false, minWidth);
  }

  /** The column is wide and its median line covers at least half of the column's width. */
  private static boolean fillsLikeProse(List<Line> lines, List<Side> sides, Gutter gutter, boolean leftSide, double minWidth) {
    List<Double> widths = new ArrayList<>();
    double columnStart = Double.MAX_VALUE;
    double columnEnd = -Double.MAX_VALUE;
    for (int i = 0; i < lines.size(); i++) {
      if (sides.get(i) == Side.CROSSING) continue;
      double start = Double.MAX_VALUE;
      double end = -Double.MAX_VALUE;
      for (Box box : lines.get(i).boxes()) {
        if (gutter.leftOf(box) != leftSide) continue;
        start = Math.min(start, box.x());
        end = Math.max(end, box.end());
      }
      if (end < start) continue;
      widths.add(end - start);
      columnStart = Math.min(columnStart, start);
      columnEnd = Math.max(columnEnd, end);
    }
    if (widths.isEmpty() || columnEnd - columnStart < minWidth) return false;
    widths.sort(null);
    return widths.get(widths.size() / 2) >= MIN_FILL * (columnEnd - columnStart);
  }

  private static Side sideOf(Line line, Gutter gutter) {
    boolean left = false;
    boolean right = false;
    for (Box box : line.boxes()) {
      if (gutter.leftOf(box)) left = true;
      else if (gutter.rightOf(box)) right = true;
      else return Side.CROSSING;
    }
    return left && right ? Side.BOTH : left ? Side.LEFT : Side.RIGHT;
  }

  /**
   * True when, among lines that do not cross the gutter, a right-column glyph comes before a
   * left-column glyph in the content stream: only then does PDFBox's stream-order reading mix
   * the columns (or read the right one first).
   */
  private static boolean interleaved(List<Line> lines, List<Side> sides, Gutter gutter, int glyphCount) {
    byte[] columnByOrder = new byte[glyphCount]; // 0: crossing line, 1: left, 2: right
    for (int i = 0; i < lines.size(); i++) {
      if (sides.get(i) == Side.CROSSING) continue;
      for (Box box : lines.get(i).boxes()) columnByOrder[box.streamOrder()] = (byte) (gutter.leftOf(box) ? 1 : 2);
    }
    boolean seenRight = false;
    for (byte column : columnByOrder) {
      if (column == 2) seenRight = true;
      if (column == 1 && seenRight) return true;
    }
    return false;
  }

  /** Column bands split into left then right; runs of crossing lines as full-width bands. */
  private static List<Rectangle2D> regions(List<Line> lines, List<Side> sides, double split) {
    List<Rectangle2D> regions = new ArrayList<>();
    int bandStart = 0;
    for (int i = 1; i <= lines.size(); i++) {
      boolean bandEnds = i == lines.size()
          || (sides.get(i) == Side.CROSSING) != (sides.get(bandStart) == Side.CROSSING);
      if (!bandEnds) continue;
      double top = bandStart == 0 ? -FAR : (lines.get(bandStart - 1).y() + lines.get(bandStart).y()) / 2;
      double bottom = i == lines.size() ? FAR : (lines.get(i - 1).y() + lines.get(i).y()) / 2;
      if (sides.get(bandStart) == Side.CROSSING) {
        regions.add(new Rectangle2D.Double(-FAR, top, 2 * FAR, bottom - top));
      } else {
        regions.add(new Rectangle2D.Double(-FAR, top, FAR + split, bottom - top));
        regions.add(new Rectangle2D.Double(split, top, FAR, bottom - top));
      }
      bandStart = i;
    }
    return regions;
  }

  static int clamp(int x, int width) {
    return Math.max(0, Math.min(width - 1, x));
  }
}
