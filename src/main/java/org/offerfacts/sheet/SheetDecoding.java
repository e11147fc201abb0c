package org.offerfacts.sheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text the way spreadsheets write CSV: UTF-8 (with or without Excel's byte order mark),
 * UTF-16 when it carries its mark ("Unicode text"), and Windows-1252 — what Excel writes in
 * France by default — when the bytes are not valid UTF-8.
 */
final class SheetDecoding {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  record Decoded(String text, Charset charset) {}

  private SheetDecoding() {}

  static Decoded decode(byte[] bytes) {
    Decoded decoded = decodeBytes(bytes);
    if (decoded.text().indexOf('\0') >= 0) {
      throw new SheetException("not_text", "the file is not text: is it really a CSV file?");
    }
    return decoded;
  }

  private static Decoded decodeBytes(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return new Decoded(strictUtf8(bytes, 3), StandardCharsets.UTF_8);
    if (startsWith(bytes, 0xFF, 0xFE)) return utf16(bytes, StandardCharsets.UTF_16LE);
    if (startsWith(bytes, 0xFE, 0xFF)) return utf16(bytes, StandardCharsets.UTF_16BE);
    String utf8 = strictUtf8(bytes, 0);
    if (utf8 != null) return new Decoded(utf8, StandardCharsets.UTF_8);
    return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
  }

  private static Decoded utf16(byte[] bytes, Charset charset) {
    return new Decoded(new String(bytes, 2, bytes.length - 2, charset), charset);
  }

  /** The text, or null when the bytes are not UTF-8 (a byte order mark promised UTF-8: then it fails). */
  private static String strictUtf8(byte[] bytes, int from) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
          .toString();
    } catch (CharacterCodingException e) {
      if (from > 0) throw new SheetException("bad_utf8", "the file says it is UTF-8 but is not");
      return null;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
    return true;
  }
}
