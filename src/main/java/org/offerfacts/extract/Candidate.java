package org.offerfacts.extract;

import java.util.List;

/** One reading of one segment by one rule, before the document's readings are weighed. */
record Candidate(CompiledRule rule, Object value, List<String> conditions, int page, String quote, int start,
    int end, double confidence) {

  String attribute() {
    return rule.attribute().id();
  }

  Fact toFact() {
    return new Fact(attribute(), value, conditions, page, quote, start, end, Math.round(confidence * 100) / 100.0,
        rule.qualifiedId());
  }
}
