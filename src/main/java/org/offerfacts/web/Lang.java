package org.offerfacts.web;

import java.util.Locale;

/** The interface languages. */
public enum Lang {
  EN, FR;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** "fr", "fr-FR", "FR" → FR; anything else → null. */
  public static Lang of(String code) {
    if (code == null || code.length() < 2) return null;
    String two = code.substring(0, 2).toLowerCase(Locale.ROOT);
    for (Lang lang : values()) if (lang.code().equals(two)) return lang;
    return null;
  }

  /** The first language of an Accept-Language header that we speak, in the browser's order. */
  public static Lang fromAcceptLanguage(String header) {
    if (header == null) return EN;
    for (String part : header.split(",")) {
      Lang lang = of(part.strip());
      if (lang != null) return lang;
    }
    return EN;
  }
}
