package org.offerfacts.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.text.TextPosition;

/**
 * Drops a glyph printed again over the same glyph, as PDFs do to fake bold type or to stroke
 * then fill outlined titles. PDFBox's own check ({@code setSuppressDuplicateOverlappingText})
 * compares each glyph with every earlier glyph of the same character on the page and was the main
 * cost of extraction (see STACK.md); here glyphs are bucketed by character and baseline, so a
 * lookup scans only the few glyphs of that character on that line. The tolerance is the one
 * PDFBox uses: a third of the glyph's width, so adjacent letters ("ll" in "ville") never match.
 */
final class OverlapFilter {

  private record Key(String unicode, int baselineBucket) {}

  private final Map<Key, List<float[]>> seen = new HashMap<>();

  /** Forget the previous page. */
  void reset() {
    seen.clear();
  }

  /** True when an equal glyph was already printed at (almost) the same place on this page. */
  boolean isDuplicate(TextPosition glyph) {
    String unicode = glyph.getUnicode();
    if (unicode == null) return false;
    float x = glyph.getX();
    float y = glyph.getY();
    float tolerance = Math.max(0.05f, glyph.getWidth() / Math.max(1, unicode.length()) / 3f);
    int bucket = (int) Math.floor(y);
    for (int b = bucket - 1; b <= bucket + 1; b++) {
      List<float[]> candidates = seen.get(new Key(unicode, b));
      if (candidates == null) continue;
      for (float[] xy : candidates) {
        if (Math.abs(xy[0] - x) < tolerance && Math.abs(xy[1] - y) < tolerance) return true;
      }
    }
    seen.computeIfAbsent(new Key(unicode, bucket), k -> new ArrayList<>(4)).add(new float[] {x, y});
    return false;
  }
}
