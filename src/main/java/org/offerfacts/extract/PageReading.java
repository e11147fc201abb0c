package org.offerfacts.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offerfacts.catalog.Condition;
import org.offerfacts.catalog.Folding;

/**
 * One page as the extractor reads it: its text, the folded text that terms are matched on, where
 * every term occurs, and the segments. Answers the questions a careful reader asks of a segment:
 * is this statement hedged, generic, a question, and where do its clauses end? Negation is read
 * by {@link Negation}, conditions by {@link ConditionSettler}.
 */
final class PageReading {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");
  private static final Pattern WHY = Pattern.compile("^(?:[-*•]\\s*)?(?:pourquoi|why)\\b");
  private static final Pattern FIRST_WORD = Pattern.compile("(\\p{L}+)(?![\\p{L}'])");
  private static final Pattern NAMED_AGENT = Pattern.compile("(?<=\\s)\\p{Lu}\\p{Ll}+");

  static final List<String> CONTRASTS = List.of(" but ", " mais ", " however", " cependant", " toutefois",
      " neanmoins", " nevertheless", " although", " bien que", " whereas", " alors que", " tandis que", " except",
      " sauf ", ";");

  final int page;
  final String text;
  final String folded;
  final TermHits hits;
  final List<Segment> segments;
  final RuleBook book;
  final Marks clauseBreaks;
  /** Clause breaks and coordinations: where a phrase, the narrowest place a number is read, ends. */
  final Marks phraseBreaks;
  final Marks contrasts;

  PageReading(RuleBook book, int page, String text, Segmenter segmenter) {
    this.book = book;
    this.page = page;
    this.text = text;
    this.folded = Folding.fold(text);
    this.hits = book.scanner.scan(folded);
    this.segments = segmenter.segments(page, text);
    this.clauseBreaks = Marks.in(folded, book.clauseBreaks);
    this.phraseBreaks = Marks.in(folded, book.phraseBreaks);
    this.contrasts = Marks.in(folded, CONTRASTS);
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
    return contains(s, book.generic) || contains(s, book.habitual) && !contains(s, book.firstPerson);
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

  /** The yes or no that answers a question, and the segment it opens. */
  record Answer(boolean yes, Segment segment) {}

  /**
   * An FAQ answers a yes/no question in the next segment: "Le port 25 est-il bloqué ? Oui, par
   * défaut." The answer's first word must be a one-word yes or no of the language file.
   */
  Answer answerAfter(int index) {
    if (index + 1 >= segments.size()) return null;
    Segment next = segments.get(index + 1);
    Matcher first = FIRST_WORD.matcher(folded).region(next.start(), next.end());
    if (!first.lookingAt()) return null;
    String word = first.group(1);
    if (book.catalog.language().yesWords().contains(word)) return new Answer(true, next);
    if (book.catalog.language().noWords().contains(word)) return new Answer(false, next);
    return null;
  }

  /** Whether the hit lies within a hit of one of the terms, in the segment. */
  boolean inside(Segment s, int[] hit, int[] terms) {
    for (int t : terms) {
      for (int[] x : hits.all(t, s.start(), s.end())) {
        if (x[0] <= hit[0] && hit[1] <= x[1]) return true;
      }
    }
    return false;
  }

  /**
   * Whether one of the terms stands in the part of the segment the triggers belong to. A
   * contrast ("; le port 25 entrant reste ouvert", "but inbound…") starts another statement; a
   * comma does not ("filtré, uniquement en entrée" still speaks of the same port).
   */
  boolean inStatement(Segment s, List<int[]> triggers, int[] terms) {
    int from = s.end();
    int to = s.start();
    for (int[] t : triggers) {
      from = Math.min(from, t[0]);
      to = Math.max(to, t[1]);
    }
    int spanStart = s.start();
    int spanEnd = s.end();
    for (int i = contrasts.lowerBound(s.start()); i < contrasts.count() && contrasts.start(i) < s.end(); i++) {
      if (contrasts.end(i) <= from) spanStart = Math.max(spanStart, contrasts.end(i));
      else if (contrasts.start(i) >= to) spanEnd = Math.min(spanEnd, contrasts.start(i));
    }
    return hits.firstOfAny(terms, spanStart, spanEnd) != null;
  }

  /** Weakened by "may" or a habit, in the statement's own part of the segment. */
  boolean hedged(Segment s, List<int[]> triggers) {
    return inStatement(s, triggers, book.hedges) || inStatement(s, triggers, book.habitual);
  }

  /** Whether one of the marks stands wholly within [from, to). */
  boolean between(int from, int to, Marks marks) {
    return marks.anyWithin(from, to);
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

  int clauseStart(Segment s, int at) {
    return breakBefore(s, at, clauseBreaks);
  }

  int clauseEnd(Segment s, int at) {
    return breakAfter(s, at, clauseBreaks);
  }

  /** Where the last of the marks before the offset ends, or the segment's start. */
  int breakBefore(Segment s, int at, Marks marks) {
    return marks.lastEnd(s.start(), at);
  }

  /** Where the first of the marks after the offset starts, or the segment's end. */
  int breakAfter(Segment s, int at, Marks marks) {
    return marks.firstStart(at, s.end());
  }

  int words(int from, int to) {
    if (to <= from) return 0;
    Matcher m = WORD.matcher(folded).region(from, to);
    int n = 0;
    while (m.find()) n++;
    return n;
  }
}
