package org.offerfacts.ingest;

import java.text.Normalizer;

/**
 * Brings text from any parser to one canonical form before it leaves the package, so rules in
 * {@code extract} see "fibre" whether the PDF printed a ligature, a no-break space or a soft
 * hyphen. Quotes and apostrophes are kept as they are: the extraction engine folds them itself
 * and quotes must stay verbatim.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  public static String normalize(String text) {
    if (text == null || text.isEmpty()) return "";
    if (isPlainAscii(text)) return text;
    StringBuilder out = new StringBuilder(text.length());
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        // A half pair comes from a broken font map or a cut buffer; NFC and JSON would choke on it.
        out.append('\uFFFD');
      } else if (c == '\r') {
        out.append('\n');
        if (i + 1 < length && text.charAt(i + 1) == '\n') i++;
      } else {
        appendNormalized(out, c);
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  private static void appendNormalized(StringBuilder out, char c) {
    switch (c) {
      case '\n', '\t' -> out.append(c);
      case '\u00AD', '\u200B', '\u2060', '\uFEFF' -> { } // soft hyphen and invisible joiners
      case '\u2028', '\u2029' -> out.append('\n');
      case '\uFB00' -> out.append("ff");
      case '\uFB01' -> out.append("fi");
      case '\uFB02' -> out.append("fl");
      case '\uFB03' -> out.append("ffi");
      case '\uFB04' -> out.append("ffl");
      case '\uFB05', '\uFB06' -> out.append("st");
      default -> {
        if (Character.getType(c) == Character.SPACE_SEPARATOR) {
          out.append(' '); // NBSP, narrow NBSP (French "10 Mbit/s"), figure space, em space...
        } else if (!Character.isISOControl(c)) {
          out.append(c);
        }
        // C0/C1 controls other than \n and \t are dropped: they carry no text and break output.
      }
    }
  }

  private static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0x7E || (c < 0x20 && c != '\n' && c != '\t')) return false;
    }
    return true;
  }
}
