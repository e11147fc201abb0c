package org.offerfacts.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Magic numbers of the binary formats people send instead of offers, so the refusal can say
 * what the file is ("image/png detected") rather than "unknown".
 */
final class BinarySignatures {

  private BinarySignatures() {}

  /** The media type of a known binary format, or null. */
  static String typeOf(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return "image/png";
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) return "image/jpeg";
    if (startsWith(b, 'G', 'I', 'F', '8')) return "image/gif";
    if (startsWith(b, 'R', 'I', 'F', 'F') && b.length >= 12 && ascii(b, 8, 4).equals("WEBP")) return "image/webp";
    if (startsWith(b, 'I', 'I', 0x2A, 0x00) || startsWith(b, 'M', 'M', 0x00, 0x2A)) return "image/tiff";
    if (startsWith(b, 'P', 'K', 0x03, 0x04)) return zipFlavour(b);
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return "application/x-ole-storage (old Office file or Outlook .msg)";
    }
    if (startsWith(b, 0x1F, 0x8B)) return "application/gzip";
    if (startsWith(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) return "application/x-7z-compressed";
    if (startsWith(b, 'R', 'a', 'r', '!', 0x1A, 0x07)) return "application/vnd.rar";
    return null;
  }

  /** Word, Excel and OpenDocument files are zip archives; naming them helps the user export a PDF. */
  private static String zipFlavour(byte[] b) {
    String head = ascii(b, 0, Math.min(b.length, 4096));
    if (head.contains("mimetypeapplication/vnd.oasis.opendocument.")) return "application/vnd.oasis.opendocument";
    if (head.contains("word/")) return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    if (head.contains("xl/")) return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    if (head.contains("ppt/")) return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    return "application/zip";
  }

  private static boolean startsWith(byte[] bytes, int... signature) {
    if (bytes.length < signature.length) return false;
    for (int i = 0; i < signature.length; i++) {
      if ((bytes[i] & 0xFF) != signature[i]) return false;
    }
    return true;
  }

  private static String ascii(byte[] bytes, int offset, int length) {
    return new String(bytes, offset, Math.min(length, bytes.length - offset), StandardCharsets.ISO_8859_1);
  }
}
