package org.offerfacts.store;

import java.math.BigDecimal;

/** What it takes to create an offer; the supplier is created on first mention. */
public record NewOffer(String supplier, String name, String kind, String url, BigDecimal monthlyPrice, String notes) {
  public NewOffer {
    supplier = required(supplier, "supplier");
    name = required(name, "name");
    if (url != null && !url.isBlank() && !url.strip().matches("(?i)https?://\\S+")) {
      throw new IllegalArgumentException("the offer's web page must be an http(s) address");
    }
  }

  public static NewOffer of(String supplier, String name) {
    return new NewOffer(supplier, name, null, null, null, null);
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) throw new IllegalArgumentException(field + " is required");
    String trimmed = value.strip();
    if (trimmed.length() > 200) throw new IllegalArgumentException(field + " is longer than 200 characters");
    return trimmed;
  }
}
