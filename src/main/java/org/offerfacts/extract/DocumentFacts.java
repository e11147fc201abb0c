package org.offerfacts.extract;

import java.util.List;

/**
 * What one document says: its facts, its contradictions, and what it is silent on.
 *
 * @param language  "fr" or "en"
 * @param facts     at most one fact per attribute
 * @param conflicts attributes on which the document disagrees with itself
 * @param silent    attributes searched for and not stated (silence is not "no")
 * @param warnings  what the reader noticed (unreliable text, skipped pages)
 */
public record DocumentFacts(
    String language, List<Fact> facts, List<Conflict> conflicts, List<String> silent, List<String> warnings) {
  public DocumentFacts {
    facts = List.copyOf(facts);
    conflicts = List.copyOf(conflicts);
    silent = List.copyOf(silent);
    warnings = List.copyOf(warnings);
  }
}
