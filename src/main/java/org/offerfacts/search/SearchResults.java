package org.offerfacts.search;

import java.util.List;

/**
 * One page of results.
 *
 * @param total  how many pages matched, counted among the ranked candidates only
 * @param capped whether more pages matched than {@link Searcher#CANDIDATES} (the total is then a floor)
 */
public record SearchResults(List<SearchHit> hits, int total, boolean capped) {
  public static final SearchResults NONE = new SearchResults(List.of(), 0, false);
}
