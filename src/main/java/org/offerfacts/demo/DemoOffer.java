package org.offerfacts.demo;

import java.math.BigDecimal;
import java.util.List;

/**
 * A fictional business offer of the demo set, with the documents its supplier "sent".
 *
 * @param supplier        the supplier's name (fictional)
 * @param name            the offer's commercial name
 * @param kind            the kind of service as a buyer says it: "fibre", "sdsl", "4g"
 * @param url             the offer's page, on a domain reserved for examples
 * @param monthlyPriceEur the price per month, excluding VAT
 * @param notes           one or two sentences a buyer would jot down
 * @param documents       one or two documents, in the order they would be uploaded
 */
public record DemoOffer(
    String supplier,
    String name,
    String kind,
    String url,
    BigDecimal monthlyPriceEur,
    String notes,
    List<DemoDocument> documents) {
  public DemoOffer {
    documents = List.copyOf(documents);
  }
}
