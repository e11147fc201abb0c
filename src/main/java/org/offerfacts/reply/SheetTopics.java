package org.offerfacts.reply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.catalog.Folding;
import org.offerfacts.catalog.Rule;
import org.offerfacts.catalog.Term;

/**
 * What each question of a sheet is about, to tell which question a line answers: by its number
 * ("2)", "Q4:"), by resembling the question's own text (a quoted or pasted question), or by
 * naming its topic ("Pour le port 25 : …"). A topic is named by the catalog's terms for the
 * attribute and by the words of the question text that no other question of the sheet uses —
 * words two questions share ("port 25") name neither alone.
 */
final class SheetTopics {
  /** "1.", "2)", "3 -", "Q4:", "Question 5 :", "6/": a question number opening a line. */
  private static final Pattern NUMBER = Pattern.compile(
      "^\\s*(?:(?:q|question|reponse|answer)\\s*(?:n[o°]\\s*)?)?(?<n>\\d{1,2})(?:\\s*[.):/]|\\s+[-\u2013\u2014]|\\s*-(?=\\s))(?!\\d)\\s*");
  private static final Pattern Q_NUMBER = Pattern.compile("^\\s*(?:q|question)\\s*(?<n>\\d{1,2})(?!\\d)\\s*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> STOP = Set.of("votre", "vous", "nous", "notre", "elle", "avec", "pour", "dans",
      "sont", "cette", "quel", "quelle", "quels", "quelles", "what", "your", "does", "with", "this", "that", "have",
      "from", "which", "offre", "offer", "service", "est-il", "est-elle", "peut", "there", "cet", "other", "peut-il",
      "when", "combien", "many", "much", "comment", "inclut-elle", "include", "includes", "elle-t", "will", "would");
  private static final double RESEMBLANCE = 0.6;
  private static final double SUBJECT_WEIGHT = 0.5;

  private final Map<Integer, QuestionSheet.Question> byNumber = new LinkedHashMap<>();
  private final Map<Integer, List<Term>> terms = new HashMap<>();
  private final Map<Integer, List<Term>> subjects = new HashMap<>();
  private final Map<Integer, Set<String>> stems = new HashMap<>();
  private final Map<Integer, Set<String>> words = new HashMap<>();
  private final Map<Integer, Set<String>> distinctive = new HashMap<>();

  SheetTopics(QuestionSheet sheet, Catalog catalog) {
    Map<String, Integer> stemUse = new HashMap<>();
    for (QuestionSheet.Question q : sheet.questions()) {
      byNumber.put(q.n(), q);
      Attribute attribute = catalog.attribute(q.attribute()).orElse(null);
      terms.put(q.n(), catalogTerms(attribute, false));
      subjects.put(q.n(), catalogTerms(attribute, true));
      String text = Folding.fold(q.text() == null ? "" : q.text());
      Set<String> own = stems(text);
      stems.put(q.n(), own);
      words.put(q.n(), contentWords(text));
      for (String s : own) stemUse.merge(s, 1, Integer::sum);
    }
    for (var e : words.entrySet()) {
      Set<String> only = new HashSet<>();
      for (String w : e.getValue()) if (stemUse.get(stem(w)) == 1) only.add(w);
      distinctive.put(e.getKey(), only);
    }
  }

  QuestionSheet.Question question(int n) {
    return byNumber.get(n);
  }

  /** The question whose number opens the folded line, and where the rest starts; null when none. */
  Numbered numbered(String folded) {
    Matcher m = NUMBER.matcher(folded);
    if (!m.lookingAt()) {
      m = Q_NUMBER.matcher(folded);
      if (!m.lookingAt()) return null;
    }
    int n = Integer.parseInt(m.group("n"));
    return byNumber.containsKey(n) ? new Numbered(n, m.end()) : null;
  }

  record Numbered(int n, int restStart) {}

  /** The question this folded text restates (most of its words), or null. */
  Integer resembled(String folded) {
    Set<String> words = stems(folded);
    Integer best = null;
    double bestShare = RESEMBLANCE;
    for (var e : stems.entrySet()) {
      if (e.getValue().size() < 3) continue;
      long shared = e.getValue().stream().filter(words::contains).count();
      double share = (double) shared / e.getValue().size();
      if (share >= bestShare) {
        bestShare = share;
        best = e.getKey();
      }
    }
    return best;
  }

  /**
   * How strongly the folded text names each question's topic: catalog terms and distinctive
   * question words found in it, a place named by several questions counting for each a share.
   */
  Map<Integer, Double> topicScores(String folded) {
    Map<Integer, Map<Integer, Double>> places = new HashMap<>();
    Map<Integer, Integer> namers = new HashMap<>();
    for (int n : byNumber.keySet()) {
      Map<Integer, Double> weights = new HashMap<>();
      // Two questions on one subject ("port 25") differ by their predicate ("blocked", "lifted"):
      // a subject term counts half.
      Set<String> subjectTerms = new HashSet<>();
      for (Term term : subjects.get(n)) subjectTerms.add(term.text());
      for (Term term : terms.get(n)) {
        double weight = subjectTerms.contains(term.text()) ? SUBJECT_WEIGHT : 1;
        Matcher m = term.pattern().matcher(folded);
        while (m.find()) weights.merge(m.start(), weight, Math::max);
      }
      Matcher w = WORD.matcher(folded);
      while (w.find()) if (sameWord(w.group(), distinctive.get(n))) weights.merge(w.start(), 1.0, Math::max);
      places.put(n, weights);
      for (int s : weights.keySet()) namers.merge(s, 1, Integer::sum);
    }
    Map<Integer, Double> scores = new LinkedHashMap<>();
    for (var e : places.entrySet()) {
      double score = 0;
      for (var place : e.getValue().entrySet()) score += place.getValue() / namers.get(place.getKey());
      if (score > 0) scores.put(e.getKey(), score);
    }
    return scores;
  }

  /**
   * Whether the folded text names what the question is about — its subject ("port 25", "IPv6",
   * "GTR") or a word only its text uses — not merely a verb ("fourni*" is in "fournisseur").
   */
  boolean namesSubject(int n, String folded) {
    for (Term term : subjects.get(n)) if (term.pattern().matcher(folded).find()) return true;
    Matcher w = WORD.matcher(folded);
    while (w.find()) if (sameWord(w.group(), distinctive.get(n))) return true;
    return false;
  }

  /** The catalog's terms for the attribute: all trigger groups, or only each rule's first (its subject). */
  private static List<Term> catalogTerms(Attribute attribute, boolean subjectOnly) {
    List<Term> out = new ArrayList<>();
    if (attribute == null) return out;
    Set<String> seen = new HashSet<>();
    for (Rule rule : attribute.rules()) {
      List<List<String>> groups = subjectOnly && !rule.all().isEmpty() ? rule.all().subList(0, 1) : rule.all();
      for (List<String> group : groups) for (String t : group) if (seen.add(t)) out.add(Term.parse(t));
      if (rule.values() != null) {
        for (List<String> names : rule.values().values()) for (String t : names) if (seen.add(t)) out.add(Term.parse(t));
      }
    }
    return out;
  }

  static Set<String> stems(String folded) {
    Set<String> out = new HashSet<>();
    for (String word : contentWords(folded)) out.add(stem(word));
    return out;
  }

  private static Set<String> contentWords(String folded) {
    Set<String> out = new HashSet<>();
    Matcher w = WORD.matcher(folded);
    while (w.find()) {
      String word = w.group();
      if ((word.length() >= 4 || word.chars().anyMatch(Character::isDigit)) && !STOP.contains(word)) out.add(word);
    }
    return out;
  }

  /**
   * The same word give or take an ending: "bloqué" and "bloquer", "filtré" and "filtrage" — not
   * "fourni" and "fournisseur", which differ by more than an ending.
   */
  private static boolean sameWord(String word, Set<String> candidates) {
    if (word.length() < 4) return false;
    for (String c : candidates) {
      int common = 0;
      while (common < Math.min(word.length(), c.length()) && word.charAt(common) == c.charAt(common)) common++;
      if (common >= Math.min(5, Math.min(word.length(), c.length())) && common >= 4 && Math.max(word.length(), c.length()) - common <= 3) {
        return true;
      }
    }
    return false;
  }

  /** Five letters tell "bloqué" from "blocage" and keep "filtré" with "filtrage". */
  private static String stem(String word) {
    return word.length() <= 5 ? word : word.substring(0, 5);
  }
}
