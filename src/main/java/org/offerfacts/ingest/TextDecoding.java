package org.offerfacts.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns bytes of unknown encoding into text. Offers from French suppliers come as UTF-8 or as
 * windows-1252 (Office "Save as text"); a strict UTF-8 decode tells the two apart reliably because
 * accented windows-1252 bytes are almost never valid UTF-8 sequences.
 */
final class TextDecoding {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  /** BOM first, then strict UTF-8, then windows-1252 (which decodes any byte). */
  static String decode(byte[] bytes) {
    Charset bomCharset = charsetFromBom(bytes);
    if (bomCharset != null) return decodeWith(bytes, bomCharset);
    String utf8 = decodeStrictUtf8(bytes);
    return utf8 != null ? utf8 : new String(bytes, WINDOWS_1252);
  }

  /** Decodes with a charset; a byte order mark, being unambiguous, still wins and is dropped. */
  static String decodeWith(byte[] bytes, Charset charset) {
    Charset bom = charsetFromBom(bytes);
    if (bom == null) return new String(bytes, charset);
    int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
    return new String(bytes, skip, bytes.length - skip, bom);
  }

  /** The charset announced by a byte order mark, or null. */
  static Charset charsetFromBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
    return null;
  }

  static String decodeStrictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * A charset by its label, or null when unknown. As browsers do (WHATWG Encoding), Latin-1 and
   * ASCII labels mean windows-1252: documents labelled so routinely contain ’ or € in 0x80–0x9F,
   * which true ISO-8859-1 would turn into invisible control characters.
   */
  static Charset charsetForLabel(String label) {
    if (label == null || label.isBlank()) return null;
    String name = label.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
    switch (name) {
      case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp1252" -> {
        return WINDOWS_1252;
      }
      default -> {
        try {
          return Charset.forName(name);
        } catch (IllegalArgumentException e) {
          return null; // unsupported or illegal name: the caller falls back to detection
        }
      }
    }
  }
}
