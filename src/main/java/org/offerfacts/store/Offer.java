package org.offerfacts.store;

import java.math.BigDecimal;

/** A supplier's offer as the knowledge base holds it. */
public record Offer(
    long id,
    long supplierId,
    String supplier,
    String name,
    String kind,
    String url,
    BigDecimal monthlyPrice,
    String notes,
    String createdAt) {

  /** "Supplier — Offer", as tables and links show it. */
  public String label() {
    return supplier + " — " + name;
  }
}
