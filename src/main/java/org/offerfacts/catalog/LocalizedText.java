package org.offerfacts.catalog;

/** A short text in both languages the product speaks. */
public record LocalizedText(String en, String fr) {
  public String in(String language) {
    return "fr".equals(language) ? fr : en;
  }
}
