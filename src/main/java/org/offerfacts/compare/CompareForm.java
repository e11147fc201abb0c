package org.offerfacts.compare;

import java.util.ArrayList;
import java.util.List;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.catalog.Category;
import org.offerfacts.store.Offer;
import org.offerfacts.web.Messages;

/** The choices of the comparison form (a GET form, so the URL stays the state), with the current ones ticked. */
public record CompareForm(List<Choice> offers, List<Choice> kinds, List<Choice> cats, List<ChoiceGroup> attrs,
    String where, boolean diff, List<Choice> sorts, List<Choice> profiles) {

  /** One checkbox or option. */
  public record Choice(String value, String label, boolean chosen) {}

  public record ChoiceGroup(String label, List<Choice> choices) {}

  static CompareForm of(CompareQuery q, String rawWhere, List<Offer> offers, List<RequirementProfile> profiles,
      Catalog catalog, Messages messages) {
    String lang = messages.lang().code();
    List<Choice> offerChoices = offers.stream()
        .map(o -> new Choice(String.valueOf(o.id()), o.label(), q.offers().contains(o.id()))).toList();
    List<Choice> kinds = offers.stream().map(Offer::kind).filter(k -> k != null && !k.isBlank()).distinct()
        .map(k -> new Choice(k, k, q.kinds().contains(k))).toList();
    List<Choice> cats = catalog.categories().stream()
        .map(c -> new Choice(c.id(), c.label().in(lang), q.cats().contains(c.id()))).toList();
    List<ChoiceGroup> attrs = new ArrayList<>();
    List<Choice> sorts = new ArrayList<>();
    sorts.add(new Choice("", messages.t("compare.sort.none"), q.sort() == null));
    sorts.add(new Choice("price", messages.t("compare.sort.price_up"), "price".equals(q.sort())));
    sorts.add(new Choice("-price", messages.t("compare.sort.price_down"), "-price".equals(q.sort())));
    for (Category category : catalog.categories()) {
      List<Choice> choices = catalog.attributes().stream().filter(a -> a.category().equals(category.id()))
          .map(a -> new Choice(a.id(), a.label().in(lang), q.attrs().contains(a.id()))).toList();
      attrs.add(new ChoiceGroup(category.label().in(lang), choices));
      for (Choice a : choices) {
        sorts.add(new Choice(a.value(), a.label() + " ↑", a.value().equals(q.sort())));
        sorts.add(new Choice("-" + a.value(), a.label() + " ↓", ("-" + a.value()).equals(q.sort())));
      }
    }
    List<Choice> profileChoices = new ArrayList<>();
    profileChoices.add(new Choice("", messages.t("compare.profile.none"), q.profile() == null));
    profiles.forEach(p -> profileChoices.add(new Choice(String.valueOf(p.id()), p.name(), Long.valueOf(p.id()).equals(q.profile()))));
    return new CompareForm(offerChoices, kinds, cats, attrs, rawWhere, q.diff(), sorts, profileChoices);
  }
}
