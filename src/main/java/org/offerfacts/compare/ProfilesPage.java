package org.offerfacts.compare;

import java.util.List;

/**
 * The saved requirement profiles and the form that adds one; after a refused form, its words and
 * the reason come back so nothing typed is lost.
 */
public record ProfilesPage(List<Line> profiles, String name, String clauses, String error) {

  /** A profile as listed: its requirements in words and the link that judges every offer by it. */
  public record Line(String name, String clauses, List<String> requirements, String href) {}
}
