package org.offerfacts.catalog;

import java.util.List;
import java.util.Map;

/**
 * One way suppliers state an attribute, as data. A rule fires on a segment (sentence, list item,
 * table row) that contains a term of every group in {@code all} and none of {@code none}.
 *
 * @param id         unique within its attribute; reported as "attribute/id"
 * @param all        groups of trigger terms; each group must occur in the segment
 * @param none       terms that veto the segment (e.g. "inbound" for an outbound-port rule)
 * @param value      boolean rules: the value stated when the segment is not negated
 * @param patterns   number rules: regular expressions with a group {@code n} (the number) and
 *                   optionally {@code unit}; {@code {name}} expands a macro from the language file
 * @param values     enum rules: enum value to the terms that name it
 * @param transform  a named conversion of the number (e.g. {@code ipv4_prefix_to_count})
 * @param requires   "attribute=value" that the same document must also state (e.g. an unblock
 *                   procedure only means something where port 25 is blocked)
 * @param confidence how much a match of this rule alone is trusted, 0..1
 * @param lookahead  how many following short segments may hold the value ("label" then "value")
 * @param near       how many words at most between the first group's term and another group's
 * @param rowOnly    the rule reads only table rows and "label: value" lines whose value cell says
 *                   yes or no (spec sheets: "IPv6 | Oui")
 * @param conditions condition ids the rule's wording states by itself ("IPv6 prévu" is planned)
 */
public record Rule(
    String id,
    List<List<String>> all,
    List<String> none,
    Object value,
    List<String> patterns,
    Map<String, List<String>> values,
    String transform,
    String requires,
    double confidence,
    int lookahead,
    int near,
    boolean rowOnly,
    List<String> conditions) {}
