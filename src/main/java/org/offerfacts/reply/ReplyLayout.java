package org.offerfacts.reply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.offerfacts.catalog.Folding;

/**
 * Gives the writer's lines to the questions they answer, the ways people lay out a reply:
 * <ul>
 *   <li>a numbered line ("2) non", "Q4: yes") answers that question, with the lines right under it;
 *   <li>lines under a quoted question answer it (interleaved replies), until the next quote;
 *   <li>a pasted question ("1. Votre offre … ? Oui") answers with the words after its "?";
 *   <li>other lines (top-posted prose) answer the question whose topic they name, clause by clause:
 *       "Pour le port 25 : bloqué par défaut, ouvrable sur demande" answers two questions.
 * </ul>
 * The writer's own questions ("when are you available?") and the signature answer nothing.
 */
final class ReplyLayout {
  private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+");
  private static final Pattern CLAUSES = Pattern.compile(
      "\\s*(?:[,;:]|(?<=[.!])\\s|\\s[-\u2013\u2014]\\s|\\s(?:and|et|but|mais)\\s)\\s*");
  /** "Pour vos questions 1 et 2 : oui", "Q1-Q3: yes", "points 2, 3 and 5 — no": one answer, several numbers. */
  private static final Pattern SEVERAL = Pattern.compile(
      "^(?:\\p{L}+\\s+){0,3}(?:questions?|points?|q)\\s*(?<list>\\d{1,2}(?:\\s*(?:,|et|and|&|a|to|-|q)\\s*\\d{1,2})+)\\s*[:.)\\-\u2013]\\s*");
  private static final Pattern LIST_ITEM = Pattern.compile("\\d{1,2}|(?<=\\d)\\s*(?:a|to|-)\\s*(?=\\d)");
  private static final int SIGN_OFF_MAX_CHARS = 60;

  /** What a question was given: the words to read, the lines around them, the lines to quote. */
  record Given(List<String> pieces, String context, String quote) {}

  private final SheetTopics topics;
  private final Map<Integer, List<String>> pieces = new LinkedHashMap<>();
  private final Map<Integer, Set<String>> lines = new LinkedHashMap<>();

  private ReplyLayout(SheetTopics topics) {
    this.topics = topics;
  }

  static Map<Integer, Given> assign(List<ReplyLayers.Line> layer, SheetTopics topics) {
    ReplyLayout layout = new ReplyLayout(topics);
    List<ReplyLayers.Line> free = layout.byPlace(layer);
    for (ReplyLayers.Line line : free) layout.byTopic(line);
    Map<Integer, Given> given = new LinkedHashMap<>();
    for (var e : layout.pieces.entrySet()) {
      String joined = String.join("\n", layout.lines.get(e.getKey()));
      given.put(e.getKey(), new Given(e.getValue(), joined, joined));
    }
    return given;
  }

  /** Numbered lines and lines under quoted questions; returns the lines left to read by topic. */
  private List<ReplyLayers.Line> byPlace(List<ReplyLayers.Line> layer) {
    List<ReplyLayers.Line> free = new ArrayList<>();
    Integer underQuote = null;
    Integer continuing = null;
    boolean signedOff = false;
    for (ReplyLayers.Line line : layer) {
      if (line.quoted()) {
        signedOff = false;
        continuing = null;
        Integer q = questionOf(line.folded());
        if (q != null) underQuote = q;
        continue;
      }
      if (line.text().isBlank()) {
        continuing = null;
        continue;
      }
      if (signedOff) continue;
      if (line.text().length() <= SIGN_OFF_MAX_CHARS && (ReplyWords.SIGN_OFF.leading(line.folded()) != null
          || line.text().equals("--"))) {
        signedOff = true;
        continue;
      }
      SheetTopics.Numbered numbered = topics.numbered(line.folded());
      Integer pasted = line.text().contains("?") ? topics.resembled(line.folded()) : null;
      if (numbered != null || pasted != null) {
        int n = numbered != null ? numbered.n() : pasted;
        String rest = numbered != null ? line.text().substring(numbered.restStart()) : line.text();
        if (pasted != null && pasted == n) rest = afterQuestion(rest);
        continuing = null;
        underQuote = null;
        if (pasted != null && rest.isBlank()) {
          underQuote = n; // a question pasted without quote marks: the answer follows it
          continue;
        }
        String answer = withoutOwnQuestions(rest);
        if (!answer.isBlank()) give(n, answer, line.text());
        continuing = n;
        continue;
      }
      if (several(line)) {
        continuing = null;
        continue;
      }
      String own = withoutOwnQuestions(line.text());
      if (own.isBlank()) continue;
      Integer target = continuing != null ? continuing : underQuote;
      if (target != null) give(target, own, line.text());
      else free.add(line);
    }
    return free;
  }

  /** Gives the answer after "questions 1 et 2 :" to each question listed, ranges ("1 à 3") included. */
  private boolean several(ReplyLayers.Line line) {
    var m = SEVERAL.matcher(line.folded());
    if (!m.lookingAt()) return false;
    String answer = withoutOwnQuestions(line.text().substring(m.end()));
    if (answer.isBlank()) return false;
    List<Integer> numbers = new ArrayList<>();
    var item = LIST_ITEM.matcher(m.group("list"));
    boolean range = false;
    while (item.find()) {
      if (!Character.isDigit(item.group().charAt(0))) {
        range = true;
        continue;
      }
      int n = Integer.parseInt(item.group());
      if (range && !numbers.isEmpty()) for (int k = numbers.get(numbers.size() - 1) + 1; k < n; k++) numbers.add(k);
      numbers.add(n);
      range = false;
    }
    boolean any = false;
    for (int n : numbers) {
      if (topics.question(n) == null) continue;
      give(n, answer, line.text());
      any = true;
    }
    return any;
  }

  /** The question a quoted line asks, by its number or its words. */
  private Integer questionOf(String folded) {
    SheetTopics.Numbered numbered = topics.numbered(folded);
    if (numbered != null) return numbered.n();
    return topics.resembled(folded);
  }

  /**
   * A top-posted line, read clause by clause: a clause naming one question's topic opens its
   * answer, the clauses after it continue it; a clause naming two topics equally ("port 25")
   * names neither.
   */
  private void byTopic(ReplyLayers.Line line) {
    String own = withoutOwnQuestions(line.text());
    Integer current = null;
    StringBuilder seen = new StringBuilder();
    for (String clause : CLAUSES.split(own)) {
      if (clause.isBlank()) continue;
      String folded = Folding.fold(clause);
      seen.append(folded).append(" ; ");
      Integer named = uniqueTopic(folded);
      // a verb alone names no topic unless the line named its subject ("Pour le port 25 : bloqué")
      if (named != null && topics.namesSubject(named, seen.toString())) current = named;
      else if (!topics.topicScores(folded).isEmpty()) current = null;
      if (current != null) give(current, clause, line.text());
    }
  }

  private Integer uniqueTopic(String folded) {
    Map<Integer, Double> scores = topics.topicScores(folded);
    Integer best = null;
    double bestScore = 0;
    boolean tie = false;
    for (var e : scores.entrySet()) {
      if (e.getValue() > bestScore + 1e-9) {
        best = e.getKey();
        bestScore = e.getValue();
        tie = false;
      } else if (Math.abs(e.getValue() - bestScore) <= 1e-9) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  private void give(int n, String piece, String line) {
    pieces.computeIfAbsent(n, k -> new ArrayList<>()).add(piece.strip());
    lines.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(line.strip());
  }

  /** The words after a restated question's "?" — and not its "(oui / non)" prompt. */
  private static String afterQuestion(String text) {
    int mark = text.lastIndexOf('?');
    return mark < 0 ? "" : withoutPrompts(text.substring(mark + 1));
  }

  /** Drops the writer's own questions and choice prompts ("oui / non / pas encore connu"). */
  private static String withoutOwnQuestions(String text) {
    StringBuilder kept = new StringBuilder();
    for (String sentence : SENTENCES.split(withoutPrompts(text))) {
      if (sentence.strip().endsWith("?")) continue;
      kept.append(kept.length() == 0 ? "" : " ").append(sentence.strip());
    }
    return kept.toString();
  }

  /** "(yes / no / not known yet, answer by 27/11)": the form of an answer, offered, not given. */
  private static String withoutPrompts(String text) {
    String folded = Folding.fold(text);
    if (!folded.matches("(?s).*(?:oui|yes)\\s*/\\s*(?:non|no).*")) return text;
    return text.replaceAll("[(\\[][^)\\]]*/[^)\\]]*[)\\]]", " ")
        .replaceAll("(?i)(?:r[ée]ponse\\s*:?|answer\\s*:?)?\\s*(?:oui|yes)\\s*/\\s*(?:non|no)(?:\\s*/\\s*[^/\\n]+)?", " ")
        .strip();
  }
}
