package org.offerfacts.share;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.offerfacts.compare.CompareQuery;

/**
 * The comparison a "view" names: its path ("/compare?offers=1,2&attrs=ipv6") or the full
 * permalink copied from the page. Only the path and query count; the host is not ours to judge.
 */
final class ViewAddress {
  static final int MAX_LENGTH = 4000;

  private ViewAddress() {}

  static CompareQuery comparison(String view) {
    if (view == null || view.isBlank()) throw new IllegalArgumentException("view is required, e.g. /compare?offers=1,2");
    if (view.length() > MAX_LENGTH) throw new IllegalArgumentException("view is longer than " + MAX_LENGTH + " characters");
    URI uri;
    try {
      uri = URI.create(view.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("view is not an address: " + view);
    }
    if (!"/compare".equals(uri.getPath())) throw new IllegalArgumentException("view must be a /compare address, e.g. /compare?offers=1,2");
    return CompareQuery.parse(params(uri.getRawQuery()));
  }

  private static Map<String, List<String>> params(String rawQuery) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (rawQuery == null) return params;
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      if (key.equals("lang")) continue;
      params.computeIfAbsent(key, k -> new ArrayList<>()).add(eq < 0 ? "" : decode(pair.substring(eq + 1)));
    }
    return params;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
