package org.offerfacts.ask;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.store.FactStatus;
import org.offerfacts.store.StoredFact;

/**
 * What is worth asking a supplier about one offer: the attributes nothing answers yet, those
 * whose answers disagree (a disputed fact), and those only a rule read with little confidence.
 * Core attributes come first, as they are the ones every comparison shows.
 */
public final class Candidates {
  /** Below this an extracted value is a guess worth a written answer. */
  public static final double LOW_CONFIDENCE = 0.6;

  private Candidates() {}

  /** Why an attribute is proposed. */
  public enum Reason {
    UNKNOWN, DISPUTED, LOW_CONFIDENCE;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A proposed question; {@code ticked} ones are checked in the form to begin with. */
  public record Candidate(Attribute attribute, Reason reason, boolean ticked) {}

  public static List<Candidate> of(Catalog catalog, List<StoredFact> history) {
    Map<String, StoredFact> current = new HashMap<>();
    Map<String, Boolean> disputed = new HashMap<>();
    for (StoredFact f : history) {
      if (f.status() == FactStatus.DISPUTED) disputed.put(f.attribute(), true);
      StoredFact best = current.get(f.attribute());
      if (f.status().rank > 0 && (best == null || f.status().rank >= best.status().rank)) current.put(f.attribute(), f);
    }
    List<Candidate> out = new ArrayList<>();
    for (Attribute a : catalog.attributes()) {
      StoredFact best = current.get(a.id());
      Reason reason = disputed.containsKey(a.id()) ? Reason.DISPUTED
          : best == null ? Reason.UNKNOWN
          : best.status() == FactStatus.EXTRACTED && best.confidence() != null && best.confidence() < LOW_CONFIDENCE
              ? Reason.LOW_CONFIDENCE : null;
      if (reason != null) out.add(new Candidate(a, reason, a.core() || reason != Reason.UNKNOWN));
    }
    out.sort(java.util.Comparator.comparing((Candidate c) -> !c.attribute().core()));
    return out;
  }
}
