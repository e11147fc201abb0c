package org.offerfacts.store;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What it takes to create an offer; the supplier is created on first mention. */
public record NewOffer(String supplier, String name, String kind, String url, BigDecimal monthlyPrice, String notes) {
  /** The column is NUMERIC(10, 2): PostgreSQL would refuse more, SQLite would silently keep it. */
  private static final BigDecimal MAX_PRICE = new BigDecimal("99999999.99");

  public NewOffer {
    supplier = required(StoredText.clean(supplier), "supplier", 200);
    name = required(StoredText.clean(name), "name", 200);
    kind = capped(StoredText.clean(kind), "kind", 100);
    url = capped(StoredText.clean(url), "web page", 2000);
    notes = capped(StoredText.clean(notes), "notes", 10_000);
    if (url != null && !url.isBlank() && !url.strip().matches("(?i)https?://\\S+")) {
      throw new IllegalArgumentException("the offer's web page must be an http(s) address");
    }
    monthlyPrice = toCents(monthlyPrice);
    if (monthlyPrice != null && (monthlyPrice.signum() < 0 || monthlyPrice.compareTo(MAX_PRICE) > 0)) {
      throw new IllegalArgumentException("the monthly price must be between 0 and " + MAX_PRICE);
    }
  }

  public static NewOffer of(String supplier, String name) {
    return new NewOffer(supplier, name, null, null, null, null);
  }

  /**
   * Prices are kept to the cent with two decimals, so 30 and 29.9 read back as 30.00 and 29.90 on
   * SQLite (which stores them as plain numbers) exactly as on PostgreSQL.
   */
  static BigDecimal toCents(BigDecimal price) {
    return price == null ? null : price.setScale(2, RoundingMode.HALF_UP);
  }

  private static String required(String value, String field, int max) {
    if (value == null || value.isBlank()) throw new IllegalArgumentException(field + " is required");
    return capped(value.strip(), field, max);
  }

  private static String capped(String value, String field, int max) {
    if (value != null && value.length() > max) {
      throw new IllegalArgumentException(field + " is longer than " + max + " characters");
    }
    return value;
  }
}
