package org.offerfacts.store;

import java.util.Arrays;

/**
 * How far a fact is trusted. The current value of a cell is the newest fact of the highest rank:
 * a technician's check outranks the supplier's word, which outranks what a rule read.
 */
public enum FactStatus {
  EXTRACTED("extracted", 1),
  SUPPLIER_STATED("supplier-stated", 2),
  VERIFIED("verified", 3),
  /** Said against a verified fact: shown, queued for review, never the current value by itself. */
  DISPUTED("disputed", 0);

  public final String id;
  public final int rank;

  FactStatus(String id, int rank) {
    this.id = id;
    this.rank = rank;
  }

  public static FactStatus of(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown fact status: " + id));
  }
}
