package org.offerfacts.store;

import java.util.List;
import org.offerfacts.extract.Fact;
import org.offerfacts.extract.QuoteCap;

/** A fact about to be appended to a cell's history. */
public record NewFact(
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
    String author) {
  public NewFact {
    conditions = List.copyOf(conditions);
    attribute = StoredText.clean(attribute);
    quote = QuoteCap.cap(StoredText.clean(quote));
    note = StoredText.clean(note);
    author = StoredText.clean(author);
  }

  /** What a rule read in a stored document. */
  public static NewFact extracted(long offerId, long documentId, Fact fact) {
    return new NewFact(offerId, fact.attribute(), fact.value(), fact.conditions(), FactStatus.EXTRACTED, documentId,
        fact.page(), fact.quote(), fact.start(), fact.end(), null, fact.confidence(), fact.rule());
  }
}
