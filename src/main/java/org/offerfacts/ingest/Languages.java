package org.offerfacts.ingest;

import java.util.Locale;

/** The rule catalog knows French and English; any other declared language counts as unknown. */
final class Languages {
  private Languages() {}

  /** "fr-FR", "FR", "en_GB" → "fr"/"en"; anything else, or nothing, → null. */
  static String frOrEn(String declared) {
    if (declared == null) return null;
    String tag = declared.strip().toLowerCase(Locale.ROOT);
    if (tag.length() < 2) return null;
    String language = tag.substring(0, 2);
    boolean whole = tag.length() == 2 || tag.charAt(2) == '-' || tag.charAt(2) == '_';
    return whole && (language.equals("fr") || language.equals("en")) ? language : null;
  }
}
