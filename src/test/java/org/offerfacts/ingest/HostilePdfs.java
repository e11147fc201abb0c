package org.offerfacts.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DeflaterOutputStream;

/**
 * PDFs written byte by byte, for structures PDFBox's own writer would refuse or flatten: a
 * decompression bomb and a page tree nested thousands of levels deep (STACK.md hazards).
 */
public final class HostilePdfs {

  private HostilePdfs() {}

  /** Pages 1 and 3 are normal; page 2's content inflates to {@code decodedBytes} of "0 0 0 …". */
  public static byte[] secondPageInflatesTo(long decodedBytes) {
    List<byte[]> objects = new ArrayList<>();
    objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
    objects.add(ascii("<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>"));
    objects.add(ascii(page(2, 6)));
    objects.add(ascii(page(2, 7)));
    objects.add(ascii(page(2, 8)));
    objects.add(stream("", ascii("BT /F1 12 Tf 50 700 Td (Offre normale en page un, assez longue.) Tj ET")));
    objects.add(stream("/Filter /FlateDecode", deflatedZeros(decodedBytes)));
    objects.add(stream("", ascii("BT /F1 12 Tf 50 700 Td (La page trois se lit aussi normalement.) Tj ET")));
    objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
    return write(objects);
  }

  /** One page under {@code depth} nested /Pages nodes. */
  public static byte[] pageTreeNested(int depth) {
    List<byte[]> objects = new ArrayList<>();
    objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
    for (int level = 0; level < depth; level++) {
      int id = 2 + level;
      String parent = level == 0 ? "" : " /Parent " + (id - 1) + " 0 R";
      objects.add(ascii("<< /Type /Pages /Kids [" + (id + 1) + " 0 R] /Count 1" + parent + " >>"));
    }
    int pageId = depth + 2;
    objects.add(ascii(page(pageId - 1, pageId + 1)));
    objects.add(stream("", ascii("BT /F1 12 Tf 50 700 Td (Tout au fond de la page.) Tj ET")));
    objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
    return write(objects);
  }

  /** A page whose font is always the last object of the file. */
  private static String page(int parent, int contents) {
    return "<< /Type /Page /Parent " + parent + " 0 R /MediaBox [0 0 595 842] /Contents " + contents
        + " 0 R /Resources << /Font << /F1 FONT 0 R >> >> >>";
  }

  private static byte[] stream(String dictionaryEntries, byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii("<< /Length " + data.length + " " + dictionaryEntries + " >>\nstream\n"));
    out.writeBytes(data);
    out.writeBytes(ascii("\nendstream"));
    return out.toByteArray();
  }

  /** Objects numbered from 1 in order, with a correct cross-reference table. */
  private static byte[] write(List<byte[]> objects) {
    int fontId = objects.size();
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    pdf.writeBytes(ascii("%PDF-1.4\n"));
    long[] offsets = new long[objects.size()];
    for (int i = 0; i < objects.size(); i++) {
      offsets[i] = pdf.size();
      byte[] body = new String(objects.get(i), StandardCharsets.ISO_8859_1)
          .replace("FONT 0 R", fontId + " 0 R").getBytes(StandardCharsets.ISO_8859_1);
      pdf.writeBytes(ascii((i + 1) + " 0 obj\n"));
      pdf.writeBytes(body);
      pdf.writeBytes(ascii("\nendobj\n"));
    }
    long xref = pdf.size();
    StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    for (long offset : offsets) table.append(String.format("%010d 00000 n \n", offset));
    table.append("trailer << /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    pdf.writeBytes(ascii(table.toString()));
    return pdf.toByteArray();
  }

  private static byte[] deflatedZeros(long decodedBytes) {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    byte[] chunk = new byte[1 << 16];
    for (int i = 0; i < chunk.length; i += 2) {
      chunk[i] = '0';
      chunk[i + 1] = ' ';
    }
    try (DeflaterOutputStream out = new DeflaterOutputStream(compressed)) {
      for (long written = 0; written < decodedBytes; written += chunk.length) out.write(chunk);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return compressed.toByteArray();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
