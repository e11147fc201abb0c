package org.offerfacts.store;

import java.util.List;

/**
 * One entry of a cell's history: a value and where it comes from.
 *
 * @param value      Boolean, Long, Double or String, as the catalog types the attribute
 * @param documentId the evidence document, or null when the evidence is a note
 * @param author     the rule id for extracted facts, else who said it
 */
public record StoredFact(
    long id,
    long offerId,
    String attribute,
    Object value,
    List<String> conditions,
    FactStatus status,
    Long documentId,
    Integer page,
    String quote,
    Integer quoteStart,
    Integer quoteEnd,
    String note,
    Double confidence,
    String author,
    String recordedAt) {
  public StoredFact {
    conditions = List.copyOf(conditions);
  }
}
