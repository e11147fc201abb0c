package org.offerfacts.ingest;

import java.util.Arrays;

/**
 * The boxes of one page's visible glyphs, in content-stream order, as plain numbers: PDFBox's
 * TextPosition recomputes coordinates on every call, and a dense page has thousands of glyphs.
 * Coordinates are PDFBox's display ones (x to the right, y down to the baseline).
 */
final class PageGlyphs {

  private float[] x = new float[1024];
  private float[] end = new float[1024];
  private float[] y = new float[1024];
  private float[] fontSize = new float[1024];
  private int count;
  private float pageWidth;

  void clear(float pageWidth) {
    this.count = 0;
    this.pageWidth = pageWidth;
  }

  void add(float glyphX, float glyphEnd, float baselineY, float size) {
    if (count == x.length) {
      int capacity = count * 2;
      x = Arrays.copyOf(x, capacity);
      end = Arrays.copyOf(end, capacity);
      y = Arrays.copyOf(y, capacity);
      fontSize = Arrays.copyOf(fontSize, capacity);
    }
    x[count] = glyphX;
    end[count] = glyphEnd;
    y[count] = baselineY;
    fontSize[count] = size;
    count++;
  }

  int count() {
    return count;
  }

  float pageWidth() {
    return pageWidth;
  }

  float x(int i) {
    return x[i];
  }

  float end(int i) {
    return end[i];
  }

  float y(int i) {
    return y[i];
  }

  float fontSize(int i) {
    return fontSize[i];
  }
}
