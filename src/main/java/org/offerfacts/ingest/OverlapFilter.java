package org.offerfacts.ingest;

import java.util.Arrays;

/**
 * Drops a glyph printed again over the same glyph, as PDFs do to fake bold type or to stroke
 * then fill outlined titles. PDFBox's own check ({@code setSuppressDuplicateOverlappingText})
 * compares each glyph with every earlier glyph of the same character on the page and was the main
 * cost of extraction (see STACK.md); here glyphs are bucketed by character and baseline in a
 * primitive hash table, so a lookup scans only the few glyphs of that character on that line.
 * The tolerance is the one PDFBox uses, a third of the glyph's width, so adjacent letters ("ll"
 * in "ville") never match; baselines may differ by up to one point.
 */
final class OverlapFilter {

  private static final int INITIAL_CAPACITY = 1 << 12;

  /** Open addressing: key = character hash and baseline; value = {count, x0, y0, x1, y1, …}. */
  private long[] keys = new long[INITIAL_CAPACITY];
  private float[][] positions = new float[INITIAL_CAPACITY][];
  private int size;

  /** Forget the previous page. */
  void reset() {
    if (size == 0) return;
    Arrays.fill(positions, null);
    size = 0;
  }

  /** PDFBox's tolerance: a third of the width of one character of the glyph. */
  static float tolerance(float glyphWidth, String unicode) {
    return Math.max(0.05f, glyphWidth / Math.max(1, unicode.length()) / 3f);
  }

  /** True when an equal character was already printed at (almost) the same place on this page. */
  boolean isDuplicate(int characterHash, float x, float y, float tolerance) {
    int bucket = Math.round(y);
    // A neighbouring baseline bucket can only hold a match when y sits near the bucket's edge.
    if (matches(find(key(characterHash, bucket)), x, y, tolerance)
        || (y - bucket < tolerance - 0.5f && matches(find(key(characterHash, bucket - 1)), x, y, tolerance))
        || (bucket - y < tolerance - 0.5f && matches(find(key(characterHash, bucket + 1)), x, y, tolerance))) {
      return true;
    }
    remember(key(characterHash, bucket), x, y);
    return false;
  }

  private static boolean matches(float[] entries, float x, float y, float tolerance) {
    if (entries == null) return false;
    int count = (int) entries[0];
    for (int i = 0; i < count; i++) {
      if (Math.abs(entries[1 + 2 * i] - x) < tolerance && Math.abs(entries[2 + 2 * i] - y) < tolerance) return true;
    }
    return false;
  }

  private float[] find(long key) {
    int mask = keys.length - 1;
    for (int slot = slotOf(key, mask); positions[slot] != null; slot = (slot + 1) & mask) {
      if (keys[slot] == key) return positions[slot];
    }
    return null;
  }

  private void remember(long key, float x, float y) {
    if (2 * (size + 1) > keys.length) grow();
    int mask = keys.length - 1;
    int slot = slotOf(key, mask);
    while (positions[slot] != null && keys[slot] != key) slot = (slot + 1) & mask;
    float[] entries = positions[slot];
    if (entries == null) {
      entries = new float[5];
      keys[slot] = key;
      size++;
    }
    int count = (int) entries[0];
    if (entries.length < 3 + 2 * count) entries = Arrays.copyOf(entries, entries.length * 2 + 1);
    entries[1 + 2 * count] = x;
    entries[2 + 2 * count] = y;
    entries[0] = count + 1;
    positions[slot] = entries;
  }

  private void grow() {
    long[] oldKeys = keys;
    float[][] oldPositions = positions;
    keys = new long[oldKeys.length * 2];
    positions = new float[oldKeys.length * 2][];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldPositions[i] == null) continue;
      int slot = slotOf(oldKeys[i], mask);
      while (positions[slot] != null) slot = (slot + 1) & mask;
      keys[slot] = oldKeys[i];
      positions[slot] = oldPositions[i];
    }
  }

  private static int slotOf(long key, int mask) {
    long mixed = key * 0x9E3779B97F4A7C15L;
    return (int) (mixed >>> 40) & mask;
  }

  /** The character by hash (a collision also needs the same position to matter) and the baseline. */
  private static long key(int characterHash, int bucket) {
    return ((long) characterHash << 32) | (bucket & 0xFFFFFFFFL);
  }
}
