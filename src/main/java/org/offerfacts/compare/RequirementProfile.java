package org.offerfacts.compare;

import java.util.List;

/** A buyer's must-haves under a name: the same clauses as a comparison's {@code where}. */
public record RequirementProfile(long id, String name, List<Clause> clauses, String createdAt) {
  public RequirementProfile {
    clauses = List.copyOf(clauses);
  }

  public String written() {
    return Clause.writeAll(clauses);
  }
}
