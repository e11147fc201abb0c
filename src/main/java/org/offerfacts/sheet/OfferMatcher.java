package org.offerfacts.sheet;

import java.util.List;
import java.util.regex.Pattern;
import org.offerfacts.store.Offer;

/**
 * Finds the offer a heading names: "Supplier — Offer" (or "/", "|", "-" between them), the
 * offer's name with a Supplier row or column beside it, or the offer's name alone when no other
 * offer bears it. Otherwise the offer is created if the buyer asked for it and we know its
 * supplier.
 */
final class OfferMatcher {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[—–/|-]\\s+");
  private static final int MAX_NAME = 200;

  sealed interface Match {}

  record Existing(Offer offer) implements Match {}

  record ToCreate(String supplier, String name) implements Match {}

  /** @param reason message key under {@code import.reason.} */
  record Missing(String reason) implements Match {}

  private final List<Offer> offers;
  private final boolean createMissing;

  OfferMatcher(List<Offer> offers, boolean createMissing) {
    this.offers = List.copyOf(offers);
    this.createMissing = createMissing;
  }

  Match match(String heading, String supplier) {
    String h = AttributeNames.normalize(heading);
    String s = supplier == null ? "" : AttributeNames.normalize(supplier);
    List<Offer> found = offers.stream()
        .filter(o -> s.isEmpty() || AttributeNames.normalize(o.supplier()).equals(s))
        .filter(o -> AttributeNames.normalize(o.label()).equals(h) || AttributeNames.normalize(o.name()).equals(h))
        .toList();
    if (found.size() == 1) return new Existing(found.get(0));
    if (found.size() > 1) return new Missing("ambiguous_offer");
    return toCreate(heading.strip(), supplier == null ? "" : supplier.strip());
  }

  private Match toCreate(String heading, String supplier) {
    if (!createMissing) return new Missing("offer_not_found");
    String name = heading;
    String[] parts = SEPARATOR.split(heading, 2);
    if (supplier.isEmpty() && parts.length == 2) {
      supplier = parts[0].strip();
      name = parts[1].strip();
    }
    if (supplier.isEmpty()) return new Missing("no_supplier");
    if (supplier.length() > MAX_NAME || name.length() > MAX_NAME) return new Missing("name_too_long");
    return new ToCreate(supplier, name);
  }
}
