package org.offerfacts.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells what a document is from its bytes. Names and declared types lie (a PDF saved as
 * "offre.txt", a server sending HTML as application/octet-stream), so they only break ties
 * when the content itself is ambiguous.
 */
public final class MediaTypes {
  public static final String PDF = "application/pdf";
  public static final String HTML = "text/html";
  public static final String TEXT = "text/plain";
  public static final String EMAIL = "message/rfc822";
  /** What {@link #sniff} answers for bytes it cannot name. */
  public static final String BINARY = "application/octet-stream";

  private static final Set<String> SUPPORTED = Set.of(PDF, HTML, TEXT, EMAIL);
  /** Readers accept junk before the PDF header; PDFBox does too. */
  private static final int PDF_HEADER_WINDOW = 1024;
  private static final int TEXT_SAMPLE = 64 * 1024;
  private static final Pattern HTML_TAG_INSIDE =
      Pattern.compile("(?i)<(p|div|table|br|span|a|h[1-6]|ul|ol|li|meta|title|strong|em)[\\s/>]");

  private MediaTypes() {}

  /**
   * The supported media type of a document.
   *
   * @throws IngestException UNSUPPORTED_TYPE for images, archives, binaries; MALFORMED when empty
   */
  public static String detect(byte[] bytes, String declaredType, String fileName) throws IngestException {
    if (bytes.length == 0) throw new IngestException(IngestException.Reason.MALFORMED, "the document is empty (0 bytes)");
    String type = sniff(bytes, declaredType, fileName);
    if (!isSupported(type)) {
      String what = BINARY.equals(type) ? "binary data" : type;
      throw new IngestException(IngestException.Reason.UNSUPPORTED_TYPE,
          "not a supported document type (" + what + " detected)");
    }
    return type;
  }

  /** What the bytes are, supported or not ("image/png"); {@link #BINARY} when unknown. */
  public static String sniff(byte[] bytes, String declaredType, String fileName) {
    if (indexOf(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII), PDF_HEADER_WINDOW) >= 0) return PDF;
    String signature = BinarySignatures.typeOf(bytes);
    if (signature != null) return signature;
    if (!looksLikeText(bytes)) return BINARY;

    String sample = TextDecoding.decode(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, TEXT_SAMPLE)));
    String start = sample.stripLeading();
    if (start.startsWith("{\\rtf")) return "application/rtf";
    if (start.startsWith("%!PS")) return "application/postscript";
    String hint = baseType(declaredType);
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);

    boolean mailHint = EMAIL.equals(hint) || name.endsWith(".eml") || name.endsWith(".mht");
    if (MailHeaderSniffer.startsWithHeaderBlock(sample, mailHint, bytes.length > TEXT_SAMPLE)) return EMAIL;
    if (startsLikeHtml(start)) return HTML;
    boolean htmlHint = HTML.equals(hint) || "application/xhtml+xml".equals(hint)
        || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    if (htmlHint && HTML_TAG_INSIDE.matcher(sample).find()) return HTML;
    return TEXT;
  }

  public static boolean isSupported(String mediaType) {
    return SUPPORTED.contains(mediaType);
  }

  /** "text/html; charset=UTF-8" → "text/html"; null stays null. */
  public static String baseType(String contentType) {
    if (contentType == null) return null;
    int semicolon = contentType.indexOf(';');
    String base = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    base = base.trim().toLowerCase(Locale.ROOT);
    return base.isEmpty() ? null : base;
  }

  /** The charset parameter of a Content-Type, unquoted, or null. */
  public static String charsetParameter(String contentType) {
    if (contentType == null) return null;
    var matcher = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)").matcher(contentType);
    return matcher.find() ? matcher.group(1) : null;
  }

  /** After BOM, whitespace, comments and an XML prolog, the first tag opens an HTML document. */
  static boolean startsLikeHtml(String text) {
    String rest = text.stripLeading();
    while (true) {
      if (rest.startsWith("\uFEFF")) {
        rest = rest.substring(1).stripLeading();
      } else if (rest.startsWith("<!--")) {
        int end = rest.indexOf("-->");
        if (end < 0) return false;
        rest = rest.substring(end + 3).stripLeading();
      } else if (rest.startsWith("<?xml")) {
        int end = rest.indexOf("?>");
        if (end < 0) return false;
        rest = rest.substring(end + 2).stripLeading();
      } else {
        break;
      }
    }
    String head = rest.substring(0, Math.min(rest.length(), 20)).toLowerCase(Locale.ROOT);
    // <title> and <meta> also open pages saved by hand or by tools that drop <html>/<head>.
    return head.startsWith("<!doctype html") || startsWithTag(head, "html") || startsWithTag(head, "head")
        || startsWithTag(head, "body") || startsWithTag(head, "title") || startsWithTag(head, "meta");
  }

  private static boolean startsWithTag(String head, String tag) {
    if (!head.startsWith("<" + tag) || head.length() <= tag.length() + 1) return false;
    char after = head.charAt(tag.length() + 1);
    return after == '>' || after == '/' || Character.isWhitespace(after);
  }

  /**
   * Text has no NUL byte (UTF-16 with a BOM aside) and almost no other control bytes; binary
   * formats are full of both.
   */
  static boolean looksLikeText(byte[] bytes) {
    if (TextDecoding.charsetFromBom(bytes) != null) return true;
    int sample = Math.min(bytes.length, TEXT_SAMPLE);
    int controls = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) return false;
      boolean control = b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B;
      if (control && i < sample) controls++;
    }
    return controls * 100 <= sample;
  }

  static int indexOf(byte[] haystack, byte[] needle, int window) {
    int last = Math.min(haystack.length - needle.length, window);
    outer:
    for (int i = 0; i <= last; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) continue outer;
      }
      return i;
    }
    return -1;
  }
}
