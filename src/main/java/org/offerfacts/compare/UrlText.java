package org.offerfacts.compare;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Query strings that people can read: only what a URL cannot carry is percent-encoded, so a
 * link reads {@code where=ipv6:true,sla_gtr_hours:%3C=4} rather than a wall of %3A%2C.
 */
final class UrlText {
  private static final String KEPT = "-._~,:!*()@/=;";

  private UrlText() {}

  static String encode(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || KEPT.indexOf(c) >= 0;
      if (plain) out.append(c);
      else out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
          .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
    }
    return out.toString();
  }

  /** "k=v&k=v" from pairs in order; pairs with an empty value are left out. */
  static String join(List<Map.Entry<String, String>> pairs) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> p : pairs) {
      if (p.getValue() == null || p.getValue().isEmpty()) continue;
      out.append(out.isEmpty() ? "" : "&").append(p.getKey()).append('=').append(encode(p.getValue()));
    }
    return out.toString();
  }

  /** The decoded pairs of a raw query string, in order, without the ones named in {@code skip}. */
  static List<Map.Entry<String, String>> pairs(String query, String skip) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    if (query == null || query.isEmpty()) return pairs;
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (!key.equals(skip)) pairs.add(Map.entry(key, value));
    }
    return pairs;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
