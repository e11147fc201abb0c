package org.offerfacts.catalog;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Expands {name} references in rule patterns with the language file's macros. */
final class Macros {
  private static final Pattern REFERENCE = Pattern.compile("\\{([a-z_]+)}");

  private Macros() {}

  static String expand(String pattern, Map<String, String> macros, YamlNode where) {
    Matcher m = REFERENCE.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String body = macros.get(m.group(1));
      if (body == null) throw where.error("unknown macro {" + m.group(1) + "} in pattern " + pattern);
      String inner = expand(body, macros, where);
      m.appendReplacement(out, Matcher.quoteReplacement("(?:" + inner + ")"));
    }
    m.appendTail(out);
    return out.toString();
  }
}
