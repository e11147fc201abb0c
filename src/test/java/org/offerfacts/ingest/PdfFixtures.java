package org.offerfacts.ingest;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * PDFs built by the tests with PDFBox, so every fixture shows how it was made. Standard 14 fonts
 * use WinAnsiEncoding: French accents work, ligature or NBSP characters do not (those are
 * tested on the normaliser directly).
 */
public final class PdfFixtures {

  static final float TOP = 770;
  static final float LEADING = 14;
  static final float LEFT_MARGIN = 50;

  private PdfFixtures() {}

  interface PageWriter {
    void write(PDPageContentStream content, PDType1Font font) throws IOException;
  }

  /** One A4 page per list, its lines written top-down at the left margin. */
  public static byte[] pages(List<List<String>> pages) {
    return build(null, pages.stream().<PageWriter>map(lines -> (content, font) -> writeLines(content, font, lines)).toList());
  }

  public static byte[] pagesWithTitle(String title, List<List<String>> pages) {
    return build(title, pages.stream().<PageWriter>map(lines -> (content, font) -> writeLines(content, font, lines)).toList());
  }

  static byte[] build(String title, List<PageWriter> writers) {
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (PageWriter writer : writers) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          writer.write(content, font);
        }
      }
      if (title != null) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        document.setDocumentInformation(info);
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void writeLines(PDPageContentStream content, PDType1Font font, List<String> lines) throws IOException {
    for (int i = 0; i < lines.size(); i++) {
      text(content, font, 11, LEFT_MARGIN, TOP - i * LEADING, lines.get(i));
    }
  }

  /** One positioned run of text, in its own BT/ET block as generators often write them. */
  static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
      throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }

  /** A page with only a grey image on it, as a scanner makes. */
  static PageWriter imageOnlyPage(PDDocument[] holder) {
    return (content, font) -> {
      BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
      var graphics = scan.createGraphics();
      graphics.setColor(Color.LIGHT_GRAY);
      graphics.fillRect(0, 0, 200, 280);
      graphics.dispose();
      PDImageXObject image = LosslessFactory.createFromImage(holder[0], scan);
      content.drawImage(image, 50, 300, 400, 500);
    };
  }

  /** A document whose every page is a scanned image without text. */
  static byte[] scannedPages(int count) {
    try (PDDocument document = new PDDocument()) {
      PDDocument[] holder = {document};
      for (int i = 0; i < count; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          imageOnlyPage(holder).write(content, null);
        }
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Protects a PDF. An empty user password opens it for anyone (only permissions restricted);
   * a non-empty one must be typed to open it.
   */
  static byte[] encrypt(byte[] pdf, String ownerPassword, String userPassword) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      AccessPermission permissions = new AccessPermission();
      permissions.setCanExtractContent(false);
      permissions.setCanModify(false);
      permissions.setCanPrint(false);
      StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }
}
