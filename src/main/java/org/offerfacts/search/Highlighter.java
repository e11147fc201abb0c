package org.offerfacts.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Cuts a stretch of text into {@link Span}s: the words whose form was searched, and an evidence range. */
final class Highlighter {
  private Highlighter() {}

  /**
   * @param forms    the searched word forms (may be empty)
   * @param evidence [start, end) of the evidence in {@code text}, or null
   */
  static List<Span> spans(String text, int from, int to, Set<String> forms, int[] evidence) {
    boolean[] term = new boolean[to - from];
    if (!forms.isEmpty()) {
      for (WordForms.Word w : WordForms.words(text.substring(from, to))) {
        if (forms.contains(w.form())) java.util.Arrays.fill(term, w.start(), w.end(), true);
      }
    }
    List<Span> spans = new ArrayList<>();
    boolean anchored = false;
    int runStart = from;
    for (int i = from; i <= to; i++) {
      boolean boundary = i == to || i > from && (term[i - from] != term[i - from - 1]
          || inside(evidence, i) != inside(evidence, i - 1));
      if (!boundary || i == runStart) continue;
      boolean ev = inside(evidence, runStart);
      spans.add(new Span(text.substring(runStart, i), term[runStart - from], ev, ev && !anchored));
      anchored |= ev;
      runStart = i;
    }
    return spans;
  }

  private static boolean inside(int[] range, int i) {
    return range != null && i >= range[0] && i < range[1];
  }
}
