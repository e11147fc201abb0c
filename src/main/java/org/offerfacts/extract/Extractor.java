package org.offerfacts.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.AttributeType;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.ingest.ExtractedText;
import org.offerfacts.ingest.Page;

/**
 * From a document's text to its facts. Every rule of the catalog is tried on the segments
 * where its first trigger group occurs; each reading is checked for negation, hedging, generic
 * talk and conditions; then the readings of each attribute are weighed against each other.
 * Thread-safe once built: build one per catalog and share it.
 */
public final class Extractor {
  private static final double NEGATION_PENALTY = 0.1;
  private static final double HEDGE_PENALTY = 0.1;
  private static final double QUESTION_PENALTY = 0.1;

  private final RuleBook book;
  private final ValueReader values;
  private final Weigher weigher = new Weigher();

  public Extractor(Catalog catalog) {
    this.book = new RuleBook(catalog);
    this.values = new ValueReader(book);
  }

  public Catalog catalog() {
    return book.catalog;
  }

  /**
   * @param declaredLanguage the language the document declares, or null to guess it
   */
  public DocumentFacts extract(ExtractedText text, String declaredLanguage) {
    return extract(text, declaredLanguage, pages -> {});
  }

  /**
   * @param pagesDone told how many pages have been read so far, as they finish (from any thread),
   *                  so that long work can show its progress
   */
  public DocumentFacts extract(ExtractedText text, String declaredLanguage, java.util.function.IntConsumer pagesDone) {
    String language = declaredLanguage != null ? declaredLanguage : LanguageGuesser.guess(text);
    List<String> warnings = new ArrayList<>(text.warnings());
    if (!text.reliable()) {
      warnings.add("the text is unreliable, so no fact was read from it");
      return new DocumentFacts(language, List.of(), List.of(), List.of(), warnings);
    }
    // Pages are read independently of each other, so a long document is read on every core;
    // their candidates are gathered in page order, so the weighing sees them as before.
    java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    List<List<Candidate>> byPage = text.pages().parallelStream().map(page -> {
      List<Candidate> found = candidates(page);
      // Counted and told under one lock: told apart, a page finishing on the other core could
      // report 40 before this one reports 39, and the last word would be "39 of 40".
      synchronized (done) {
        pagesDone.accept(done.incrementAndGet());
      }
      return found;
    }).toList();
    Map<String, List<Candidate>> byAttribute = new LinkedHashMap<>();
    for (List<Candidate> candidates : byPage) {
      for (Candidate c : candidates) byAttribute.computeIfAbsent(c.attribute(), a -> new ArrayList<>()).add(c);
    }
    return weighAll(language, byAttribute, warnings);
  }

  private List<Candidate> candidates(Page page) {
    PageReading reading = new PageReading(book, page.number(), page.text(), new Segmenter());
    List<Draft> drafts = new ArrayList<>();
    for (CompiledRule rule : book.rules) drafts.addAll(read(rule, reading));
    return ConditionSettler.settle(reading, drafts);
  }

  /**
   * Visits only the segments that hold every group, found from the group with the fewest hits
   * on the page: legal prose repeats "service" in every sentence, rarely "port 25".
   */
  private List<Draft> read(CompiledRule rule, PageReading page) {
    int[][] groups = rule.groups();
    int driver = 0;
    int fewest = Integer.MAX_VALUE;
    for (int g = 0; g < groups.length; g++) {
      int hits = 0;
      for (int term : groups[g]) hits += page.hits.count(term);
      if (hits < fewest) {
        fewest = hits;
        driver = g;
      }
    }
    if (fewest == 0) return List.of();
    List<Draft> out = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (int term : groups[driver]) {
      for (int[] hit : page.hits.all(term, 0, page.text.length())) {
        int index = page.segmentAt(hit[0]);
        if (index < 0 || !seen.add(index)) continue;
        Segment s = page.segments.get(index);
        int[] anchor = firstByTermOrder(page, groups[0], s);
        if (anchor == null || !holdsEveryGroup(page, s, groups)) continue;
        out.addAll(readSegment(rule, page, index, anchor));
      }
    }
    return out;
  }

  /** The anchor is the first group's earliest-listed term present: catalog order is priority. */
  private static int[] firstByTermOrder(PageReading page, int[] group, Segment s) {
    for (int term : group) {
      int[] hit = page.hits.first(term, s.start(), s.end());
      if (hit != null) return hit;
    }
    return null;
  }

  private static boolean holdsEveryGroup(PageReading page, Segment s, int[][] groups) {
    for (int[] group : groups) {
      if (page.hits.firstOfAny(group, s.start(), s.end()) == null) return false;
    }
    return true;
  }

  private List<Draft> readSegment(CompiledRule rule, PageReading page, int index, int[] anchor) {
    Segment s = page.segments.get(index);
    if (page.generic(s)) return List.of();
    PageReading.Reading kind = page.question(s);
    PageReading.Answer answer = kind == PageReading.Reading.QUESTION ? page.answerAfter(index) : null;
    if (kind == PageReading.Reading.QUESTION && answer == null) return List.of();
    // An answered question states what it asks, with its answer: quoted and qualified together.
    Segment statement = answer == null ? s : new Segment(s.page(), s.start(), answer.segment().end(), s.kind());
    boolean denied = answer != null && !answer.yes();
    List<int[]> triggers = new ArrayList<>(List.of(anchor));
    for (int g = 1; g < rule.groups().length; g++) {
      int[] hit = page.hits.firstOfAnyApartFrom(rule.groups()[g], s.start(), s.end(), anchor);
      if (hit == null || !page.near(anchor, hit, rule.rule().near())) return List.of();
      triggers.add(hit);
    }
    if (page.inStatement(s, triggers, rule.none())) return List.of();
    boolean negated = false;
    for (int i = 0; i < triggers.size(); i++) {
      // The anchor of a rule with several groups is its subject ("port 25"); the others predicate it.
      boolean predicate = i > 0 || triggers.size() == 1;
      negated |= Negation.negated(page, s, triggers.get(i), predicate, rule.ownTerms());
    }
    double confidence = rule.rule().confidence();
    if (negated) confidence -= NEGATION_PENALTY;
    if (page.hedged(s, triggers)) confidence -= HEDGE_PENALTY;
    if (kind == PageReading.Reading.PRESUPPOSITION) confidence -= QUESTION_PENALTY;
    List<Draft> out = new ArrayList<>();
    int[] predicate = triggers.get(triggers.size() - 1);
    List<ConditionSettler.Cue> cues = ConditionSettler.cues(page, statement, predicate);
    for (ValueReader.Found found : values.read(rule, page, index, anchor, negated != denied)) {
      out.add(new Draft(rule, index, predicate, found.value(), cues, rule.rule().conditions(), found.start(),
          Math.max(found.end(), statement.end()), confidence));
    }
    return out;
  }

  /** Weighs attributes without prerequisites first, then those whose rules require another fact. */
  private DocumentFacts weighAll(String language, Map<String, List<Candidate>> byAttribute, List<String> warnings) {
    Map<String, Fact> facts = new LinkedHashMap<>();
    Map<String, Conflict> conflicts = new LinkedHashMap<>();
    for (int pass = 0; pass < 2; pass++) {
      for (var entry : byAttribute.entrySet()) {
        List<Candidate> usable = new ArrayList<>();
        boolean dependent = false;
        for (Candidate c : entry.getValue()) {
          String requires = c.rule().rule().requires();
          if (requires == null) usable.add(c);
          else if (pass == 1 && satisfied(requires, facts)) usable.add(c);
          dependent |= requires != null;
        }
        if (pass == 1 && !dependent) continue;
        facts.remove(entry.getKey());
        conflicts.remove(entry.getKey());
        Weigher.Outcome outcome = weigher.weigh(entry.getKey(), usable);
        outcome.fact().ifPresent(f -> facts.put(f.attribute(), f));
        outcome.conflict().ifPresent(c -> conflicts.put(c.attribute(), c));
      }
    }
    List<Fact> ordered = new ArrayList<>();
    List<String> silent = new ArrayList<>();
    for (Attribute a : book.catalog.attributes()) {
      if (facts.containsKey(a.id())) ordered.add(facts.get(a.id()));
      else if (!conflicts.containsKey(a.id())) silent.add(a.id());
    }
    if (!conflicts.isEmpty()) {
      warnings.add("the document disagrees with itself on " + new TreeSet<>(conflicts.keySet()));
    }
    return new DocumentFacts(language, ordered, List.copyOf(conflicts.values()), silent, warnings);
  }

  private boolean satisfied(String requires, Map<String, Fact> facts) {
    String[] parts = requires.split("=", 2);
    Fact fact = facts.get(parts[0].trim());
    if (fact == null) return false;
    String expected = parts[1].trim();
    Attribute attribute = book.catalog.attribute(fact.attribute()).orElseThrow();
    if (attribute.type() == AttributeType.BOOLEAN) return fact.value().equals(Boolean.parseBoolean(expected));
    return String.valueOf(fact.value()).equals(expected);
  }
}
