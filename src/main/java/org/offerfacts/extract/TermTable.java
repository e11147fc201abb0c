package org.offerfacts.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.offerfacts.catalog.Term;

/** Every distinct term the catalog uses, each with a small integer id for fast lookups. */
final class TermTable {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<Term> terms = new ArrayList<>();

  int intern(String written) {
    return ids.computeIfAbsent(written.trim(), text -> {
      terms.add(Term.parse(text));
      return terms.size() - 1;
    });
  }

  int[] internAll(List<String> written) {
    return written.stream().mapToInt(this::intern).toArray();
  }

  List<Term> terms() {
    return terms;
  }
}
