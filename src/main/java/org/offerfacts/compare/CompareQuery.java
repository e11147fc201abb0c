package org.offerfacts.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The whole state of a comparison view, read from its URL and written back without defaults,
 * so that a pasted link opens the same view: which offers (by id or kind), which attributes (by
 * id or category), which filters, whether only differences show, the order of the columns and
 * the buyer's requirement profile.
 *
 * @param sort "price", "-price", an attribute id or "-" and an attribute id; null for the given order
 * @param asOf the values as they stood at the end of that day (UTC), or null for today's
 */
public record CompareQuery(List<Long> offers, List<String> kinds, List<String> attrs, List<String> cats,
    List<Clause> where, boolean diff, String sort, Long profile, LocalDate asOf) {
  public static final CompareQuery ALL = new CompareQuery(List.of(), List.of(), List.of(), List.of(), List.of(), false, null, null, null);
  static final int MAX_ITEMS = 200;
  static final int MAX_CLAUSES = 50;
  private static final int MAX_ITEM_LENGTH = 100;

  public CompareQuery {
    offers = List.copyOf(offers);
    kinds = List.copyOf(kinds);
    attrs = List.copyOf(attrs);
    cats = List.copyOf(cats);
    where = List.copyOf(where);
  }

  /** Reads the parameters of a request; both {@code offers=1,2} and {@code offers=1&offers=2} are understood. */
  public static CompareQuery parse(Map<String, List<String>> params) {
    return new CompareQuery(
        items(params, "offers", CompareQuery::offerId),
        items(params, "kind", Function.identity()),
        items(params, "attrs", Function.identity()),
        items(params, "cats", Function.identity()),
        Clause.parseAll(String.join(",", params.getOrDefault("where", List.of())), MAX_CLAUSES),
        flag(single(params, "diff")),
        sort(single(params, "sort")),
        profile(single(params, "profile")),
        asOf(single(params, "as_of")));
  }

  /** The canonical query string, empty for the default view. */
  public String toQueryString() {
    return UrlText.join(List.of(
        Map.entry("offers", String.join(",", offers.stream().map(String::valueOf).toList())),
        Map.entry("kind", String.join(",", kinds)),
        Map.entry("attrs", String.join(",", attrs)),
        Map.entry("cats", String.join(",", cats)),
        Map.entry("where", Clause.writeAll(where)),
        Map.entry("diff", diff ? "1" : ""),
        Map.entry("sort", sort == null ? "" : sort),
        Map.entry("profile", profile == null ? "" : profile.toString()),
        Map.entry("as_of", asOf == null ? "" : asOf.toString())));
  }

  /** This view at another address: "/compare", "/compare.csv"… */
  public String href(String path) {
    String query = toQueryString();
    return query.isEmpty() ? path : path + "?" + query;
  }

  /** Whether a raw query string (the {@code lang} choice aside) is already written canonically. */
  public boolean isWrittenAs(String rawQuery) {
    return UrlText.pairs(rawQuery, "lang").equals(UrlText.pairs(toQueryString(), "lang"));
  }

  public CompareQuery withSort(String newSort) {
    return new CompareQuery(offers, kinds, attrs, cats, where, diff, sort(newSort), profile, asOf);
  }

  /** The attribute or "price" the columns are ordered by, without its direction. */
  public String sortKey() {
    return sort == null ? null : sort.startsWith("-") ? sort.substring(1) : sort;
  }

  public boolean sortDescending() {
    return sort != null && sort.startsWith("-");
  }

  private static <T> List<T> items(Map<String, List<String>> params, String name, Function<String, T> read) {
    LinkedHashSet<T> items = new LinkedHashSet<>();
    for (String value : params.getOrDefault(name, List.of())) {
      for (String item : value.split(",")) {
        String id = item.strip();
        if (id.isEmpty()) continue;
        if (id.length() > MAX_ITEM_LENGTH) throw new IllegalArgumentException(name + ": an entry is longer than " + MAX_ITEM_LENGTH + " characters");
        items.add(read.apply(id));
        if (items.size() > MAX_ITEMS) throw new IllegalArgumentException(name + ": more than " + MAX_ITEMS + " entries");
      }
    }
    return new ArrayList<>(items);
  }

  private static String single(Map<String, List<String>> params, String name) {
    List<String> values = params.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
    if (values.size() > 1) throw new IllegalArgumentException(name + " is given " + values.size() + " times");
    return values.isEmpty() ? null : values.get(0).strip();
  }

  private static Long offerId(String text) {
    return positiveId("offers", "an offer id", text);
  }

  private static Long positiveId(String name, String what, String text) {
    try {
      long id = Long.parseLong(text);
      if (id > 0) return id;
    } catch (NumberFormatException e) {
      // reported below, with the text as given
    }
    throw new IllegalArgumentException(name + ": '" + text + "' is not " + what);
  }

  private static boolean flag(String text) {
    if (text == null || text.equals("0") || text.equals("false")) return false;
    if (text.equals("1") || text.equals("true") || text.equals("on")) return true;
    throw new IllegalArgumentException("diff: '" + text + "' should be 1 or 0");
  }

  private static String sort(String text) {
    if (text == null || text.isBlank()) return null;
    if (!text.matches("-?[a-z0-9_]{1,64}")) {
      throw new IllegalArgumentException("sort: '" + text + "' should be price, an attribute id, or either with a leading -");
    }
    return text;
  }

  private static LocalDate asOf(String text) {
    if (text == null) return null;
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("as_of: '" + text + "' should be a date such as 2026-11-20");
    }
  }

  private static Long profile(String text) {
    return text == null ? null : positiveId("profile", "a profile id", text);
  }
}
