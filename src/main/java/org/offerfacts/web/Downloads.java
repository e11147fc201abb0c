package org.offerfacts.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} of every download, as RFC 6266 has it:
 * {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded}. Browsers that know
 * {@code filename*} (all current ones) show the real name, accents and CJK included; the
 * {@code filename} fallback is plain ASCII without quotes or backslashes, so no name can end
 * the quoted string early, and without CR/LF, so none can start a new header. Names are reduced
 * to their last path segment first: a name never becomes a path, in the header or on our disk
 * (files are stored under their SHA-256, never under their name).
 */
public final class Downloads {
  private static final String FALLBACK = "download";
  /** RFC 5987 attr-char: what {@code filename*} may carry unencoded. */
  private static final String ATTR_CHARS = "!#$&+-.^_`|~";

  private Downloads() {}

  /** The header value for a file offered as {@code name}. */
  public static String attachment(String name) {
    String safe = OfferPages.safeName(name);
    return "attachment; filename=\"" + asciiFallback(safe) + "\"; filename*=UTF-8''" + percentEncoded(safe);
  }

  /** "Offre été 日本.pdf" → "Offre_ete___.pdf": accents dropped, the rest of non-ASCII replaced. */
  static String asciiFallback(String name) {
    String bare = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String ascii = bare.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
    return ascii.isEmpty() ? FALLBACK : ascii;
  }

  static String percentEncoded(String name) {
    StringBuilder out = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || ATTR_CHARS.indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
