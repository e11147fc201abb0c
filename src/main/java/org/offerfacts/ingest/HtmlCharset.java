package org.offerfacts.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the encoding of an HTML document: byte order mark, then the document's own
 * {@code <meta charset>} or {@code http-equiv} declaration, then the charset a server or mail
 * part declared, then UTF-8 if the bytes are valid UTF-8, else windows-1252. The document's own
 * declaration comes before the server's because saved offers travel through servers and mail
 * gateways that label everything UTF-8.
 */
final class HtmlCharset {

  /** Browsers look for the meta declaration in the first 1024 bytes; authors sometimes go further. */
  private static final int PRESCAN_BYTES = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile("(?is)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

  private HtmlCharset() {}

  static Charset detect(byte[] bytes, String declaredContentType) {
    Charset bom = TextDecoding.charsetFromBom(bytes);
    if (bom != null) return bom;
    Charset meta = fromMeta(bytes);
    if (meta != null) return meta;
    Charset declared = TextDecoding.charsetForLabel(MediaTypes.charsetParameter(declaredContentType));
    if (declared != null) return declared;
    return TextDecoding.decodeStrictUtf8(bytes) != null ? StandardCharsets.UTF_8 : TextDecoding.WINDOWS_1252;
  }

  static Charset fromMeta(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher matcher = META_CHARSET.matcher(head);
    if (!matcher.find()) return null;
    Charset charset = TextDecoding.charsetForLabel(matcher.group(1));
    // A UTF-16 label on bytes without a BOM is a copy-paste error: the bytes are ASCII-compatible.
    if (charset != null && charset.name().startsWith("UTF-16")) return StandardCharsets.UTF_8;
    return charset;
  }
}
