package org.offerfacts.search;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a search asks, read from the URL and written back to it without defaults, so that a
 * search is a short link that can be pasted in an e-mail.
 *
 * @param supplier a supplier id to keep to, or null
 * @param offer    an offer id to keep to, or null
 * @param page     1-based page of results
 */
public record SearchQuery(String text, Long supplier, Long offer, int page) {
  public static final int MAX_LENGTH = 200;
  public static final int PER_PAGE = 20;
  /** More forms than this add nothing a reader can use, and each one costs the index a lookup. */
  static final int MAX_FORMS = 12;

  public SearchQuery {
    text = text == null ? "" : text.strip();
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("the query is longer than " + MAX_LENGTH + " characters");
    }
    if (page < 1 || page > Searcher.CANDIDATES / PER_PAGE) throw new IllegalArgumentException("no such page of results");
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, 1);
  }

  public static SearchQuery from(Context ctx) {
    String p = ctx.queryParam("p");
    return new SearchQuery(ctx.queryParam("q"), id(ctx.queryParam("supplier")), id(ctx.queryParam("offer")),
        p == null || p.isBlank() ? 1 : number(p));
  }

  public boolean isEmpty() {
    return text.isEmpty();
  }

  /** The word forms searched, at most {@link #MAX_FORMS}. */
  public Set<String> forms() {
    Set<String> forms = WordForms.queryForms(text);
    return forms.size() <= MAX_FORMS ? forms : Set.copyOf(new ArrayList<>(forms).subList(0, MAX_FORMS));
  }

  public SearchQuery atPage(int n) {
    return new SearchQuery(text, supplier, offer, n);
  }

  public String url() {
    List<String> params = new ArrayList<>();
    if (!text.isEmpty()) params.add("q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    if (supplier != null) params.add("supplier=" + supplier);
    if (offer != null) params.add("offer=" + offer);
    if (page != 1) params.add("p=" + page);
    return "/search" + (params.isEmpty() ? "" : "?" + String.join("&", params));
  }

  private static Long id(String value) {
    return value == null || value.isBlank() ? null : (long) number(value);
  }

  private static int number(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: " + value);
    }
  }
}
