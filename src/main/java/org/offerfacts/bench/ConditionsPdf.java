package org.offerfacts.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes a conditions-style PDF of N pages with a running header and footer, as printers do. */
public final class ConditionsPdf {
  private ConditionsPdf() {}

  public static void write(Path file, int pageCount, long seed) throws IOException {
    List<List<String>> pages = new ConditionsText(seed).pages(pageCount);
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument doc = new PDDocument()) {
      for (int p = 0; p < pages.size(); p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
          line(out, font, 8, 50, 810, "Conditions générales de vente – Offre Fibre Entreprise – Exemple SAS");
          float y = 780;
          for (String text : pages.get(p)) {
            line(out, font, 9.5f, 50, y, text);
            y -= 16;
          }
          line(out, font, 8, 270, 30, "Page " + (p + 1) + " / " + pages.size());
        }
      }
      doc.save(file.toFile());
    }
  }

  private static void line(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
      throws IOException {
    if (text.isEmpty()) return;
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, y);
    out.showText(text);
    out.endText();
  }
}
