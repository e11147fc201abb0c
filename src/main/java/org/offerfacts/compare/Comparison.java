package org.offerfacts.compare;

import java.util.List;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.Category;
import org.offerfacts.store.Offer;

/**
 * A comparison as the query asked for it: the offers kept (columns, in order), the attributes
 * shown (rows, by category), the cells, and what was asked but not found.
 *
 * @param offers       the columns, after filters and sorting
 * @param filteredOut  how many chosen offers the filters left out
 * @param notices      unknown ids and the like, said plainly rather than failing
 * @param requirements the profile's verdicts, or null without a profile
 */
public record Comparison(CompareQuery query, List<Offer> offers, int filteredOut, List<Group> groups, Cells cells,
    List<Notice> notices, Requirements requirements) {

  /** The rows of one category. */
  public record Group(Category category, List<Attribute> attributes) {}

  public List<Attribute> attributes() {
    return groups.stream().flatMap(g -> g.attributes().stream()).toList();
  }
}
