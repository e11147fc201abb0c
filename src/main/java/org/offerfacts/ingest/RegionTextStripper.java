package org.offerfacts.ingest;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/** Reads the regions of one page (columns, full-width bands) in the order given, in one pass. */
final class RegionTextStripper extends PDFTextStripperByArea {

  private final OverlapFilter overlaps = new OverlapFilter();

  private RegionTextStripper() throws IOException {
    PageTextStripper.configure(this);
  }

  /** The text of each region, in the order of {@code regions}, joined by line breaks. */
  static String read(PDPage page, List<Rectangle2D> regions) throws IOException {
    RegionTextStripper stripper = new RegionTextStripper();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < regions.size(); i++) {
      String name = "region-" + i;
      names.add(name);
      stripper.addRegion(name, regions.get(i));
    }
    stripper.extractRegions(page);
    StringBuilder text = new StringBuilder();
    for (String name : names) {
      String regionText = stripper.getTextForRegion(name).strip();
      if (regionText.isEmpty()) continue;
      if (text.length() > 0) text.append('\n');
      text.append(regionText);
    }
    return text.toString();
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    String unicode = text.getUnicode();
    if (unicode == null) {
      super.processTextPosition(text);
      return;
    }
    float tolerance = OverlapFilter.tolerance(text.getWidth(), unicode);
    if (overlaps.isDuplicate(unicode.hashCode(), text.getX(), text.getY(), tolerance)) return;
    super.processTextPosition(text);
  }
}
