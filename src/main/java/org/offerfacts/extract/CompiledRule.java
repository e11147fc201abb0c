package org.offerfacts.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.Rule;
import org.offerfacts.catalog.ValueTransform;

/**
 * A catalog rule ready to run: its terms replaced by ids, its patterns compiled.
 *
 * @param groups     term ids of each trigger group; group 0 drives the search
 * @param none       term ids that veto a segment
 * @param patterns   value patterns, in priority order
 * @param enumTerms  enum value to the term ids that name it
 * @param ownTerms   every term id of every group: the rule's own wording, which never negates it
 */
record CompiledRule(
    Attribute attribute,
    Rule rule,
    int[][] groups,
    int[] none,
    List<Pattern> patterns,
    Map<String, int[]> enumTerms,
    ValueTransform transform,
    int[] ownTerms) {

  String qualifiedId() {
    return attribute.id() + "/" + rule.id();
  }
}
