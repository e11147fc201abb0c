package org.offerfacts.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays out a supplier's PDF: a running header, paragraphs wrapped to the page width, headings in
 * bold, "Page n / N" at the foot. Helvetica's WinAnsi encoding carries the French accents, "€"
 * and "’", and needs no font file.
 */
final class DemoPdf {
  /** A paragraph starting with this is a heading. */
  static final String HEADING = "## ";

  // Fixed dates and document id: the bytes, hence the SHA-256, must not change between runs.
  private static final long DOCUMENT_ID = 20_260_301L;
  private static final float MARGIN = 56;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float BODY_SIZE = 10;
  private static final float LEADING = 14;

  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  private DemoPdf() {}

  /** @param pages each page's paragraphs, a heading marked with {@link #HEADING} */
  static byte[] write(String title, String runningHeader, List<List<String>> pages) {
    try {
      return new DemoPdf().render(title, runningHeader, pages);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lay out the demo PDF " + title, e);
    }
  }

  private byte[] render(String title, String runningHeader, List<List<String>> pages) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.setDocumentId(DOCUMENT_ID);
      doc.setDocumentInformation(information(title));
      for (int p = 0; p < pages.size(); p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
          float top = page.getMediaBox().getHeight() - 40;
          line(stream, regular, 8, top, runningHeader);
          float y = top - 36;
          for (String paragraph : pages.get(p)) y = paragraph(stream, paragraph, y);
          line(stream, regular, 8, 30, "Page " + (p + 1) + " / " + pages.size());
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static PDDocumentInformation information(String title) {
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    date.clear();
    date.set(2026, Calendar.MARCH, 1, 9, 0, 0);
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(title);
    info.setCreationDate(date);
    info.setModificationDate(date);
    return info;
  }

  /** Writes one paragraph from y downwards and returns where the next one starts. */
  private float paragraph(PDPageContentStream stream, String paragraph, float y) throws IOException {
    boolean heading = paragraph.startsWith(HEADING);
    String text = heading ? paragraph.substring(HEADING.length()) : paragraph;
    PDType1Font font = heading ? bold : regular;
    float size = heading ? 12 : BODY_SIZE;
    if (heading) y -= 6;
    for (String wrapped : wrap(text, font, size)) {
      line(stream, font, size, y, wrapped);
      y -= LEADING;
    }
    return y - 6;
  }

  private static List<String> wrap(String text, PDType1Font font, float size) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = current.isEmpty() ? word : current + " " + word;
      if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
        lines.add(current.toString());
        current.setLength(0);
        current.append(word);
      } else {
        current.setLength(0);
        current.append(candidate);
      }
    }
    if (!current.isEmpty()) lines.add(current.toString());
    return lines;
  }

  private static void line(PDPageContentStream stream, PDType1Font font, float size, float y, String text)
      throws IOException {
    stream.beginText();
    stream.setFont(font, size);
    stream.newLineAtOffset(MARGIN, y);
    stream.showText(text);
    stream.endText();
  }
}
