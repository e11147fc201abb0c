package org.offerfacts.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A short stretch of a page around the searched words, cut in Java from the page's own text
 * (not from the index, which only holds word forms), with the matched words marked.
 *
 * @param match [start, end) in the page of the first matched word shown, for the link's highlight; null if none
 */
public record Snippet(List<Span> spans, boolean cutBefore, boolean cutAfter, int[] match) {
  static final int WIDTH = 220;
  private static final int LEAD = 60;

  /** The stretch of {@code text} that holds the most distinct searched forms within {@link #WIDTH} characters. */
  static Snippet cut(String text, Set<String> forms) {
    List<WordForms.Word> hits = new ArrayList<>();
    for (WordForms.Word w : WordForms.words(text)) if (forms.contains(w.form())) hits.add(w);
    int best = 0;
    int bestCount = -1;
    for (int i = 0; i < hits.size(); i++) {
      int count = distinctWithin(hits, i);
      if (count > bestCount) {
        best = i;
        bestCount = count;
      }
    }
    int anchor = hits.isEmpty() ? 0 : hits.get(best).start();
    int from = whole(text, wordStart(text, Math.max(0, anchor - LEAD)));
    int to = whole(text, wordEnd(text, Math.min(text.length(), from + WIDTH)));
    int[] match = hits.isEmpty() ? null : new int[] {hits.get(best).start(), hits.get(best).end()};
    return new Snippet(Highlighter.spans(text, from, to, forms, null), from > 0, to < text.length(), match);
  }

  /** The snippet as plain text, for the JSON API. */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (Span s : spans) out.append(s.text());
    return out.toString();
  }

  /** [start, end) of each marked run in {@link #text()}. */
  public List<int[]> highlights() {
    List<int[]> ranges = new ArrayList<>();
    int at = 0;
    for (Span s : spans) {
      if (s.term()) ranges.add(new int[] {at, at + s.text().length()});
      at += s.text().length();
    }
    return ranges;
  }

  private static int distinctWithin(List<WordForms.Word> hits, int first) {
    int limit = hits.get(first).start() + WIDTH - LEAD;
    return (int) hits.stream().skip(first).takeWhile(w -> w.end() <= limit).map(WordForms.Word::form).distinct().count();
  }

  /** Moves a cut back to the start of its word, unless the "word" is a long run without spaces. */
  private static int wordStart(String text, int i) {
    int back = i;
    while (back > 0 && back > i - 20 && !Character.isWhitespace(text.charAt(back - 1))) back--;
    return back == 0 || Character.isWhitespace(text.charAt(back - 1)) ? back : i;
  }

  /** Never cuts an emoji or other two-char character in half. */
  private static int whole(String text, int i) {
    return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
  }

  private static int wordEnd(String text, int i) {
    int ahead = i;
    while (ahead < text.length() && ahead < i + 20 && !Character.isWhitespace(text.charAt(ahead))) ahead++;
    return ahead == text.length() || Character.isWhitespace(text.charAt(ahead)) ? ahead : i;
  }
}
