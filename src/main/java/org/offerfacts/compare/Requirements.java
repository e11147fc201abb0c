package org.offerfacts.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.offerfacts.store.Offer;

/**
 * A profile judged offer by offer: pass, fail or unknown per requirement and overall, and for
 * each offer the attributes nobody has stated yet: the questions still to ask.
 */
public record Requirements(RequirementProfile profile, Map<Long, OfferResult> byOffer) {

  /** One offer's verdicts, one per clause of the profile, in the profile's order. */
  public record OfferResult(List<Verdict> verdicts, Verdict overall, List<String> unknownAttributes) {}

  static Requirements judge(RequirementProfile profile, List<Offer> offers, Cells cells, ClauseMatcher matcher) {
    Map<Long, OfferResult> byOffer = new LinkedHashMap<>();
    for (Offer offer : offers) {
      List<Verdict> verdicts = new ArrayList<>();
      LinkedHashSet<String> unknown = new LinkedHashSet<>();
      for (Clause clause : profile.clauses()) {
        Verdict verdict = matcher.verdict(clause, id -> cells.get(offer.id(), id));
        verdicts.add(verdict);
        if (verdict == Verdict.UNKNOWN) unknown.addAll(matcher.unknownAttributes(clause, id -> cells.get(offer.id(), id)));
      }
      byOffer.put(offer.id(), new OfferResult(verdicts, Verdict.allOf(verdicts), List.copyOf(unknown)));
    }
    return new Requirements(profile, byOffer);
  }

  public OfferResult of(long offerId) {
    return byOffer.get(offerId);
  }
}
