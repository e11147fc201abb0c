package org.offerfacts.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.catalog.LanguageCues;
import org.offerfacts.catalog.Rule;
import org.offerfacts.catalog.Term;

/**
 * Yes or no from an answer that restates the question's predicate instead of saying "oui":
 * "bloqué par défaut" answers "is port 25 blocked?" with yes, "nous ne le bloquons pas" with
 * no, "le port 25 est ouvert" with no (the catalog's rule for an open port states false). The
 * predicate is the last trigger group of the attribute's rules; the subject may be left out,
 * as the question named it. Negation is read as the catalog's language file describes it.
 */
final class Statements {
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:.!?()]|\\s(?:mais|but|however|cependant|sauf|except)\\s");
  private static final int WINDOW_WORDS = 6;

  private final Catalog catalog;
  private final Phrases negations;
  private final Phrases exceptions;
  private final Phrases denials;
  private final Phrases yesWords;
  private final Phrases noWords;

  Statements(Catalog catalog) {
    this.catalog = catalog;
    LanguageCues cues = catalog.language();
    List<String> negationWords = new ArrayList<>(cues.negationCues());
    negationWords.addAll(cues.shortNegationCues());
    this.negations = new Phrases(words(negationWords));
    this.exceptions = new Phrases(words(cues.negationExceptions()));
    this.denials = new Phrases(words(cues.denials().stream().map(d -> d.replace("*", "")).toList()));
    // "oui" and "non" are read where they open an answer (AnswerReader), not anywhere
    this.yesWords = new Phrases(words(cues.yesWords()).stream().filter(w -> w.length() > 3).toList());
    this.noWords = new Phrases(words(cues.noWords()).stream().filter(w -> w.length() > 3).toList());
  }

  /** True or false when the folded answer states the attribute's predicate, else null. */
  Boolean state(Attribute attribute, String folded) {
    for (Rule rule : attribute.rules()) {
      if (rule.all().size() < 2) continue; // a single group names the subject only ("IPv6")
      boolean stated = !(rule.value() instanceof Boolean b) || b;
      if (announcesOnly(rule)) stated = false;
      for (String written : rule.all().get(rule.all().size() - 1)) {
        Matcher m = Term.parse(written).pattern().matcher(folded);
        if (m.find()) return negated(folded, m.start(), m.end()) ? !stated : stated;
      }
    }
    Matcher no = noWords.find(folded);
    if (no != null) return false;
    Matcher yes = yesWords.find(folded);
    if (yes != null) return !negated(folded, yes.start(), yes.end());
    return null;
  }

  /** "IPv6 prévu" states a plan: not available today. */
  private boolean announcesOnly(Rule rule) {
    return rule.conditions() != null && rule.conditions().stream()
        .anyMatch(id -> catalog.condition(id).map(c -> c.negatesAvailability()).orElse(false));
  }

  /** A negation within a few words before the term, or a denial right after it, in the same clause. */
  private boolean negated(String folded, int start, int end) {
    int clauseStart = 0;
    Matcher b = CLAUSE_BREAK.matcher(folded);
    int clauseEnd = folded.length();
    while (b.find()) {
      if (b.end() <= start) clauseStart = b.end();
      else if (b.start() >= end) {
        clauseEnd = b.start();
        break;
      }
    }
    String before = lastWords(folded.substring(clauseStart, start));
    String after = folded.substring(end, clauseEnd);
    if (exceptions.in(before + folded.substring(start, clauseEnd))) return false;
    return negations.in(before) || denials.in(after) || after.matches("\\s*(?:pas|not|non|jamais|never)(?![\\p{L}]).*");
  }

  private static String lastWords(String text) {
    String[] words = text.strip().split("\\s+");
    int from = Math.max(0, words.length - WINDOW_WORDS);
    return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
  }

  /** Only entries with a letter: the symbols of spec-sheet cells ("✓", "-") say nothing in prose. */
  private static List<String> words(List<String> phrases) {
    return phrases.stream().filter(p -> p.chars().anyMatch(Character::isLetter)).toList();
  }
}
