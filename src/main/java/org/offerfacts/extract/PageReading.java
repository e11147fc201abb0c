package org.offerfacts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offerfacts.catalog.Condition;
import org.offerfacts.catalog.Folding;

/**
 * One page as the extractor reads it: its text, the folded text that terms are matched on, where
 * every term occurs, and the segments. Answers the questions a careful reader asks of a segment:
 * is this statement negated, hedged, generic, a question, and under which conditions?
 */
final class PageReading {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");
  private static final Pattern WHY = Pattern.compile("^(?:[-*•]\\s*)?(?:pourquoi|why)\\b");
  private static final Pattern NAMED_AGENT = Pattern.compile("(?<=\\s)\\p{Lu}\\p{Ll}+");

  private static final int CONDITION_REACH = 12;
  private static final List<String> CONTRASTS = List.of(" but ", " mais ", " however", " cependant", " toutefois",
      " neanmoins", " nevertheless", " although", " bien que", " whereas", " alors que", " tandis que", " except",
      " sauf ", ";");

  final int page;
  final String text;
  final String folded;
  final TermHits hits;
  final List<Segment> segments;
  private final RuleBook book;
  private final List<String> clauseBreaks;

  PageReading(RuleBook book, int page, String text, Segmenter segmenter) {
    this.book = book;
    this.page = page;
    this.text = text;
    this.folded = Folding.fold(text);
    this.hits = book.scanner.scan(folded);
    this.segments = segmenter.segments(page, text);
    this.clauseBreaks = book.catalog.language().clauseBreaks();
  }

  /** Index of the segment holding the offset, or -1. */
  int segmentAt(int offset) {
    int lo = 0;
    int hi = segments.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Segment s = segments.get(mid);
      if (offset < s.start()) hi = mid - 1;
      else if (offset >= s.end()) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  boolean contains(Segment s, int[] terms) {
    return hits.firstOfAny(terms, s.start(), s.end()) != null;
  }

  /** Speaks of the market or of another company: states nothing about this supplier. */
  boolean generic(Segment s) {
    return contains(s, book.generic);
  }

  /**
   * Whether a question still states something. Yes/no questions do not; a "why" question
   * naming who acts presupposes the act ("Why does Acme impose its own routers?").
   */
  Reading question(Segment s) {
    String quote = s.of(text).strip();
    if (!quote.endsWith("?")) return Reading.STATEMENT;
    String lower = Folding.fold(quote);
    if (WHY.matcher(lower).find() && NAMED_AGENT.matcher(quote).find()) return Reading.PRESUPPOSITION;
    return Reading.QUESTION;
  }

  enum Reading { STATEMENT, PRESUPPOSITION, QUESTION }

  /**
   * Negated if a negation cue precedes the hit within the window in its clause, or a denial
   * ("not available") follows it in its clause.
   */
  boolean negated(Segment s, int[] hit) {
    if (hit.length > 2 && book.negativeTerm[hit[2]]) return false;
    int clauseStart = clauseStart(s, hit[0]);
    int clauseEnd = clauseEnd(s, hit[1]);
    int window = book.catalog.language().negationWindow();
    for (int cue : book.negationCues) {
      for (int[] c : hits.all(cue, clauseStart, hit[0])) {
        if (c[1] > hit[0] || insideException(s, c)) continue;
        if (words(c[1], hit[0]) <= window) return true;
      }
    }
    for (int denial : book.denials) {
      if (hits.first(denial, hit[1], clauseEnd) != null) return true;
    }
    return false;
  }

  private boolean insideException(Segment s, int[] cue) {
    for (int e : book.negationExceptions) {
      for (int[] x : hits.all(e, s.start(), s.end())) {
        if (x[0] <= cue[0] && cue[1] <= x[1]) return true;
      }
    }
    return false;
  }

  boolean hedged(Segment s) {
    return contains(s, book.hedges);
  }

  /**
   * Conditions whose cue stands near one of the reading's trigger hits, without a contrast
   * ("but", "néanmoins") between them: "by default" in "by default, port 25 is blocked, but you
   * can open it" qualifies the block, not the opening.
   */
  List<String> conditions(Segment s, List<int[]> triggers) {
    List<String> found = new ArrayList<>();
    for (var entry : book.conditionCues.entrySet()) {
      boolean near = false;
      for (int cue : entry.getValue()) {
        for (int[] c : hits.all(cue, s.start(), s.end())) {
          for (int[] t : triggers) near |= closeWithoutContrast(c, t);
        }
      }
      if (near) found.add(entry.getKey().id());
    }
    return found;
  }

  private boolean closeWithoutContrast(int[] a, int[] b) {
    int from = Math.min(a[1], b[1]);
    int to = Math.max(a[0], b[0]);
    if (to <= from) return true;
    if (words(from, to) > CONDITION_REACH) return false;
    for (String contrast : CONTRASTS) {
      int i = folded.indexOf(contrast, from);
      if (i >= 0 && i < to) return false;
    }
    return true;
  }

  /** Words apart from the anchor a trigger of another group may stand. */
  boolean near(int[] anchor, int[] hit, int reach) {
    int from = Math.min(anchor[1], hit[1]);
    int to = Math.max(anchor[0], hit[0]);
    return to <= from || words(from, to) <= reach;
  }

  boolean negatesAvailability(String conditionId) {
    return book.catalog.condition(conditionId).map(Condition::negatesAvailability).orElse(false);
  }

  private int clauseStart(Segment s, int at) {
    for (int i = at - 1; i >= s.start(); i--) {
      for (String b : clauseBreaks) {
        if (i + b.length() <= at && folded.startsWith(b, i)) return i + b.length();
      }
    }
    return s.start();
  }

  private int clauseEnd(Segment s, int at) {
    for (int i = at; i < s.end(); i++) {
      for (String b : clauseBreaks) {
        if (folded.startsWith(b, i)) return i;
      }
    }
    return s.end();
  }

  private int words(int from, int to) {
    if (to <= from) return 0;
    Matcher m = WORD.matcher(folded).region(from, to);
    int n = 0;
    while (m.find()) n++;
    return n;
  }
}
