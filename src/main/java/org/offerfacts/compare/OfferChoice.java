package org.offerfacts.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.offerfacts.store.Offer;

/** Which offers a query names: by id (in the order given) and by kind; all of them when it names none. */
final class OfferChoice {
  private OfferChoice() {}

  static List<Offer> choose(CompareQuery query, List<Offer> all, List<Notice> notices) {
    if (query.offers().isEmpty() && query.kinds().isEmpty()) return all;
    Map<Long, Offer> chosen = new LinkedHashMap<>();
    for (long id : query.offers()) {
      Offer offer = all.stream().filter(o -> o.id() == id).findFirst().orElse(null);
      if (offer == null) notices.add(Notice.of("no_offer", id));
      else chosen.put(id, offer);
    }
    for (String kind : query.kinds()) {
      List<Offer> ofKind = all.stream().filter(o -> kind.equalsIgnoreCase(o.kind())).toList();
      if (ofKind.isEmpty()) notices.add(Notice.of("no_kind", kind));
      ofKind.forEach(o -> chosen.putIfAbsent(o.id(), o));
    }
    return List.copyOf(chosen.values());
  }
}
