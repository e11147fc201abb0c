package org.offerfacts.sheet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.catalog.Condition;
import org.offerfacts.catalog.Folding;
import org.offerfacts.catalog.Term;

/**
 * The catalog's conditions as a cell states them: "Oui (sur demande)", "En option", "8 h,
 * inclus". Cues come from {@code specs/conditions.yaml}; a cue inside a longer cue of another
 * condition yields to it ("sans supplément" is included, not the paid option "supplément"),
 * and a cue inside one of its condition's exceptions does not count ("non inclus").
 */
final class ConditionWords {
  private record Cues(Condition condition, List<Pattern> cues, List<Pattern> except) {}

  private record Hit(Condition condition, int start, int end) {
    boolean inside(Hit other) {
      return other.start <= start && end <= other.end && other.end - other.start > end - start;
    }
  }

  private final List<Cues> all = new ArrayList<>();

  ConditionWords(Catalog catalog) {
    for (Condition c : catalog.conditions()) {
      all.add(new Cues(c, patterns(c.cues()), patterns(c.except())));
    }
  }

  /** Condition ids stated in the text, in catalog order. */
  List<String> find(String text) {
    String folded = Folding.fold(text);
    List<Hit> hits = new ArrayList<>();
    for (Cues c : all) {
      List<int[]> exceptions = spans(c.except(), folded);
      for (int[] span : spans(c.cues(), folded)) {
        boolean excepted = exceptions.stream().anyMatch(e -> e[0] <= span[0] && span[1] <= e[1]);
        if (!excepted) hits.add(new Hit(c.condition(), span[0], span[1]));
      }
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Cues c : all) {
      for (Hit hit : hits) {
        boolean yields = hits.stream().anyMatch(other -> other.condition() != hit.condition() && hit.inside(other));
        if (hit.condition() == c.condition() && !yields) ids.add(c.condition().id());
      }
    }
    return List.copyOf(ids);
  }

  /** Whether a condition such as "planned" says the feature is not there today. */
  boolean negatesAvailability(List<String> ids) {
    return all.stream().anyMatch(c -> c.condition().negatesAvailability() && ids.contains(c.condition().id()));
  }

  private static List<Pattern> patterns(List<String> terms) {
    return terms.stream().map(t -> Term.parse(t).pattern()).toList();
  }

  private static List<int[]> spans(List<Pattern> patterns, String folded) {
    List<int[]> spans = new ArrayList<>();
    for (Pattern p : patterns) {
      Matcher m = p.matcher(folded);
      while (m.find()) spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }
}
