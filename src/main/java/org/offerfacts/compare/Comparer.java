package org.offerfacts.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.catalog.Category;
import org.offerfacts.compare.Comparison.Group;
import org.offerfacts.store.Clock;
import org.offerfacts.store.DocumentStore;
import org.offerfacts.store.FactStore;
import org.offerfacts.store.Offer;
import org.offerfacts.store.StoredDocument;
import org.offerfacts.verify.EvidenceKind;
import java.util.HashMap;
import java.util.Map;
import org.offerfacts.store.OfferStore;
import org.offerfacts.store.StoredFact;

/**
 * Builds a comparison in a fixed number of queries whatever its size (offers, facts, document
 * counts, and the profile when one is asked for); everything else happens in memory.
 */
public final class Comparer {
  private final Catalog catalog;
  private final OfferStore offerStore;
  private final DocumentStore documents;
  private final FactStore facts;
  private final ProfileStore profiles;
  private final ClauseMatcher matcher;

  public Comparer(Catalog catalog, OfferStore offers, DocumentStore documents, FactStore facts, ProfileStore profiles) {
    this.catalog = catalog;
    this.offerStore = offers;
    this.documents = documents;
    this.facts = facts;
    this.profiles = profiles;
    this.matcher = new ClauseMatcher(catalog);
  }

  /** Throws IllegalArgumentException (a 400) for a filter that cannot be judged. */
  public Comparison compare(CompareQuery query, List<Offer> allOffers) {
    query.where().forEach(matcher::check);
    List<Notice> notices = new ArrayList<>();
    List<Offer> chosen = OfferChoice.choose(query, allOffers, notices);
    RequirementProfile profile = profile(query, notices);
    if (query.asOf() != null) notices.add(Notice.of("as_of", query.asOf()));
    List<Long> ids = chosen.stream().map(Offer::id).toList();
    Map<Long, StoredDocument> held = new HashMap<>();
    Map<Long, Integer> counts = new HashMap<>();
    if (!ids.isEmpty()) {
      for (StoredDocument d : documents.ofOffers(ids)) {
        held.put(d.id(), d);
        counts.merge(d.offerId(), 1, Integer::sum);
      }
    }
    List<StoredFact> history = ids.isEmpty() ? List.of() : facts.ofOffers(ids);
    Cells cells = CellHistory.derive(asOf(history, query.asOf()), counts,
        f -> EvidenceKind.of(f, f.documentId() == null ? null : held.get(f.documentId())).strength());
    List<Offer> kept = chosen.stream()
        .filter(o -> query.where().stream().allMatch(c -> matcher.verdict(c, id -> cells.get(o.id(), id)) == Verdict.PASS))
        .toList();
    List<Offer> columns = sorted(kept, query, cells, notices);
    List<Group> groups = groups(rows(query, profile, cells, notices), columns, cells, query.diff());
    Requirements requirements = profile == null ? null : Requirements.judge(profile, columns, cells, matcher);
    return new Comparison(query, columns, chosen.size() - kept.size(), groups, cells, notices, requirements);
  }

  /**
   * The facts recorded up to the end of that day (UTC). The history is append-only, so what
   * the table said then is what these facts derive to, later verifications left out.
   */
  static List<StoredFact> asOf(List<StoredFact> history, LocalDate day) {
    if (day == null) return history;
    String cutoff = Clock.format(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    return history.stream().filter(f -> f.recordedAt().compareTo(cutoff) < 0).toList();
  }

  public Comparison compare(CompareQuery query) {
    return compare(query, offerStore.all());
  }

  private RequirementProfile profile(CompareQuery query, List<Notice> notices) {
    if (query.profile() == null) return null;
    RequirementProfile profile = profiles.find(query.profile()).orElse(null);
    if (profile == null) notices.add(Notice.of("no_profile", query.profile()));
    return profile;
  }

  /** The attributes asked for (and those the filters and the profile read), else those anybody spoke of. */
  private List<Attribute> rows(CompareQuery query, RequirementProfile profile, Cells cells, List<Notice> notices) {
    Set<String> wanted = new HashSet<>(query.attrs());
    for (String id : query.attrs()) if (catalog.attribute(id).isEmpty()) notices.add(Notice.of("unknown_attribute", id));
    for (String cat : query.cats()) {
      if (catalog.categories().stream().noneMatch(c -> c.id().equals(cat))) notices.add(Notice.of("unknown_category", cat));
    }
    boolean chosen = !query.attrs().isEmpty() || !query.cats().isEmpty();
    LinkedHashSet<String> read = new LinkedHashSet<>();
    query.where().forEach(c -> read.addAll(c.attributes()));
    if (profile != null) profile.clauses().forEach(c -> read.addAll(c.attributes()));
    return catalog.attributes().stream()
        .filter(a -> chosen
            ? wanted.contains(a.id()) || query.cats().contains(a.category()) || read.contains(a.id())
            : a.core() || read.contains(a.id()) || cells.anyFact(a.id()))
        .toList();
  }

  /** Rows by category in catalog order; with "differences only", rows on which every column agrees go. */
  private List<Group> groups(List<Attribute> rows, List<Offer> columns, Cells cells, boolean diff) {
    List<Group> groups = new ArrayList<>();
    for (Category category : catalog.categories()) {
      List<Attribute> inCategory = rows.stream().filter(a -> a.category().equals(category.id()))
          .filter(a -> !diff || differs(a.id(), columns, cells)).toList();
      if (!inCategory.isEmpty()) groups.add(new Group(category, inCategory));
    }
    return groups;
  }

  /** Two columns differ when their values, conditions or knowledge differ. */
  static boolean differs(String attribute, List<Offer> columns, Cells cells) {
    Cell first = null;
    for (Offer offer : columns) {
      Cell cell = cells.get(offer.id(), attribute);
      if (first == null) {
        first = cell;
      } else if (!CellHistory.sameValue(first.value(), cell.value()) || !first.conditions().equals(cell.conditions())) {
        return true;
      }
    }
    return false;
  }

  private List<Offer> sorted(List<Offer> offers, CompareQuery query, Cells cells, List<Notice> notices) {
    String key = query.sortKey();
    if (key == null) return offers;
    if (!key.equals("price") && catalog.attribute(key).isEmpty()) {
      notices.add(Notice.of("unknown_sort", key));
      return offers;
    }
    Comparator<Offer> order = Comparator.comparing(o -> sortValue(o, key, cells), ColumnOrder.KNOWN_FIRST);
    if (query.sortDescending()) order = Comparator.comparing(o -> sortValue(o, key, cells), ColumnOrder.KNOWN_FIRST_DESCENDING);
    return offers.stream().sorted(order).toList();
  }

  private static Object sortValue(Offer offer, String key, Cells cells) {
    if (key.equals("price")) return offer.monthlyPrice();
    Object value = cells.get(offer.id(), key).value();
    return value instanceof Number n && !(value instanceof BigDecimal) ? new BigDecimal(n.toString()) : value;
  }
}
