package org.offerfacts.ingest;

import java.util.BitSet;

/** The cheap part of {@link ColumnLayout}, run on every page so most pages stop here. */
final class GutterPrecheck {

  private GutterPrecheck() {}

  /**
   * A quick first look that dismisses most single-column pages before lines are built: glyphs
   * of one line do not overlap, so the glyphs covering an x position are about the lines covering
   * it, and the distinct baselines are about the lines.
   */
  static boolean mayHaveGutter(PageGlyphs glyphs) {
    float pageWidth = glyphs.pageWidth();
    int width = (int) Math.ceil(pageWidth) + 1;
    int[] glyphsCovering = new int[width];
    BitSet baselines = new BitSet();
    for (int i = 0; i < glyphs.count(); i++) {
      int from = ColumnLayout.clamp((int) Math.floor(glyphs.x(i)), width);
      int to = ColumnLayout.clamp((int) Math.floor(glyphs.end(i)), width);
      for (int x = from; x < Math.max(from + 1, to); x++) glyphsCovering[x]++;
      baselines.set(Math.max(0, Math.round(glyphs.y(i))));
    }
    int lines = baselines.cardinality();
    if (lines < ColumnLayout.MIN_LINES) return false;
    int maxCrossing = Math.max(1, (int) Math.floor(lines * ColumnLayout.MAX_CROSSING_SHARE));
    double minSide = lines * ColumnLayout.MIN_SIDE_SHARE;
    // Text must stand on both sides of the band: a ragged right margin is not a gutter.
    int[] maxFromRight = new int[width + 1];
    for (int x = width - 1; x >= 0; x--) maxFromRight[x] = Math.max(maxFromRight[x + 1], glyphsCovering[x]);
    int maxFromLeft = 0;
    int run = 0;
    int zoneStart = (int) (pageWidth * ColumnLayout.GUTTER_ZONE_START);
    for (int x = 0; x <= Math.min(width - 1, (int) (pageWidth * ColumnLayout.GUTTER_ZONE_END)); x++) {
      boolean free = glyphsCovering[x] <= maxCrossing;
      if (!free) maxFromLeft = Math.max(maxFromLeft, glyphsCovering[x]);
      run = free && x >= zoneStart ? run + 1 : 0;
      if (run >= ColumnLayout.MIN_GUTTER_WIDTH && maxFromLeft >= minSide && maxFromRight[x + 1] >= minSide) return true;
    }
    return false;
  }
}
