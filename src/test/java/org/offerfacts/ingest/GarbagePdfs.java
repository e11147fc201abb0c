package org.offerfacts.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * PDFs that print well and read as garbage, built with PDFBox's COS objects the way broken
 * generators write them: fonts whose codes map to no letter or to the wrong one, and page trees
 * that list a page again. No font file is embedded (none ships with PDFBox): text extraction
 * only looks at encodings and Unicode maps, which is what these fixtures break.
 */
final class GarbagePdfs {

  /** An offer long enough (over 100 words) for the word test to judge it. */
  static final List<String> OFFER = List.of(
      "Le débit descendant de la fibre est de 1 Gbit/s et le débit montant est de 500 Mbit/s.",
      "La latence mesurée vers Paris est de 10 ms pour les offres de la gamme professionnelle.",
      "L'engagement est de 36 mois, avec une reconduction tacite par période de douze mois.",
      "Le rétablissement est garanti en 4 heures ouvrées, et le support répond tous les jours.",
      "Une adresse IPv4 fixe est fournie avec le routeur, ainsi que le protocole IPv6 natif.",
      "Les frais de mise en service sont offerts pour toute souscription avant la fin du mois.",
      "Le port 25 est ouvert sur demande pour les serveurs de messagerie de nos clients.");

  private GarbagePdfs() {}

  /**
   * A subset font whose glyph names mean nothing ("/g37") and whose codes are the letters'
   * codes minus {@code shift}, as some generators number glyphs: PDFBox falls back to the raw
   * codes, so every letter reads as another one. The space keeps its name, so words stay apart.
   */
  static byte[] shiftedLetters(List<String> lines, int shift) {
    COSArray differences = new COSArray();
    differences.add(COSInteger.get(1));
    for (int code = 1; code < 256 - shift; code++) {
      differences.add(COSName.getPDFName(code == ' ' - shift ? "space" : "g" + code));
    }
    return simpleFontDocument(lines, differences, text -> {
      byte[] latin = text.getBytes(StandardCharsets.ISO_8859_1);
      for (int i = 0; i < latin.length; i++) latin[i] = (byte) ((latin[i] & 0xFF) - shift);
      return latin;
    });
  }

  /** A subset font that numbers glyphs 1, 2, 3… in order of first use, with meaningless names. */
  static byte[] codesInOrderOfUse(List<String> lines) {
    COSArray differences = new COSArray();
    differences.add(COSInteger.get(1));
    for (int code = 1; code < 256; code++) differences.add(COSName.getPDFName("g" + code));
    Map<Character, Integer> codes = new LinkedHashMap<>();
    return simpleFontDocument(lines, differences, text -> {
      byte[] out = new byte[text.length()];
      for (int i = 0; i < text.length(); i++) out[i] = (byte) (int) codes.computeIfAbsent(text.charAt(i), c -> codes.size() + 1);
      return out;
    });
  }

  /**
   * A composite (Type 0) font over a CFF CID font, with two-byte ids (Identity-H) and no
   * /ToUnicode map: the ids say nothing about letters, and PDFBox drops every glyph. (Over a
   * TrueType CID font PDFBox would guess letters from the font's own cmap, here from whatever
   * system font stands in for the missing one: not a fixture that reads the same everywhere.)
   */
  static byte[] compositeFontWithoutToUnicode(List<String> lines) {
    COSDictionary cidFont = new COSDictionary();
    cidFont.setItem(COSName.TYPE, COSName.FONT);
    cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
    cidFont.setName(COSName.BASE_FONT, "ABCDEF+OfferSans");
    COSDictionary systemInfo = new COSDictionary();
    systemInfo.setString(COSName.REGISTRY, "Adobe");
    systemInfo.setString(COSName.ORDERING, "Identity");
    systemInfo.setInt(COSName.SUPPLEMENT, 0);
    cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.TYPE0);
    font.setName(COSName.BASE_FONT, "ABCDEF+OfferSans");
    font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
    COSArray descendants = new COSArray();
    descendants.add(cidFont);
    font.setItem(COSName.DESCENDANT_FONTS, descendants);
    return document(lines, font, text -> {
      byte[] out = new byte[text.length() * 2];
      for (int i = 0; i < text.length(); i++) out[2 * i + 1] = (byte) (text.charAt(i) - 29); // a subset's own ids
      return out;
    });
  }

  /** Two pages; the root's /Kids ends with a /Pages node whose /Kids points back to the root. */
  static byte[] pageTreeCycle(String first, String second) {
    return withPages(List.of(first, second), (document, root) -> {
      COSDictionary loop = new COSDictionary();
      loop.setItem(COSName.TYPE, COSName.PAGES);
      loop.setItem(COSName.PARENT, root);
      COSArray loopKids = new COSArray();
      loopKids.add(root);
      loop.setItem(COSName.KIDS, loopKids);
      loop.setInt(COSName.COUNT, 2);
      root.getCOSArray(COSName.KIDS).add(loop);
      root.setInt(COSName.COUNT, 4);
    });
  }

  /** Two pages; the first page object is listed {@code times} times in the root's /Kids. */
  static byte[] pageListedAgain(String first, String second, int times) {
    return withPages(List.of(first, second), (document, root) -> {
      COSArray kids = root.getCOSArray(COSName.KIDS);
      for (int i = 1; i < times; i++) kids.add(1, kids.getObject(0));
      root.setInt(COSName.COUNT, times + 1);
    });
  }

  private interface Encoder {
    byte[] encode(String text);
  }

  private interface TreeChange {
    void change(PDDocument document, COSDictionary root);
  }

  private static byte[] simpleFontDocument(List<String> lines, COSArray differences, Encoder encoder) {
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.TYPE1);
    font.setName(COSName.BASE_FONT, "ABCDEF+Helvetica");
    COSDictionary encoding = new COSDictionary();
    encoding.setItem(COSName.DIFFERENCES, differences);
    font.setItem(COSName.ENCODING, encoding);
    return document(lines, font, encoder);
  }

  /** One page whose lines are shown with {@code font}, encoded by hand. */
  private static byte[] document(List<String> lines, COSDictionary font, Encoder encoder) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      COSDictionary fonts = new COSDictionary();
      fonts.setItem(COSName.getPDFName("F1"), font);
      PDResources resources = new PDResources();
      resources.getCOSObject().setItem(COSName.FONT, fonts);
      page.setResources(resources);
      PDStream content = new PDStream(document);
      try (OutputStream out = content.createOutputStream()) {
        for (int i = 0; i < lines.size(); i++) {
          out.write(("BT /F1 11 Tf " + PdfFixtures.LEFT_MARGIN + " " + (PdfFixtures.TOP - i * PdfFixtures.LEADING)
              + " Td <" + hex(encoder.encode(lines.get(i))) + "> Tj ET\n").getBytes(StandardCharsets.US_ASCII));
        }
      }
      page.setContents(content);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] withPages(List<String> texts, TreeChange change) {
    byte[] sound = PdfFixtures.pages(texts.stream().map(List::of).toList());
    try (PDDocument document = Loader.loadPDF(sound)) {
      change.change(document, document.getPages().getCOSObject());
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder hex = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) hex.append(String.format("%02X", b & 0xFF));
    return hex.toString();
  }

  private static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }
}
