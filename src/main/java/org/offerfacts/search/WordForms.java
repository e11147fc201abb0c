package org.offerfacts.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.offerfacts.catalog.Folding;

/**
 * The one normaliser behind indexing, queries and highlighting: words are folded (lowercase,
 * accents removed) and lightly stemmed for French and English, so that "bloqué", "bloquées" and
 * "bloquer" share the form "bloqu", and "blocked" and "blocks" the form "block". The stemming
 * only trims common endings; it never needs to be right about a word, only the same for every
 * spelling of it, since both sides of a search pass through here.
 */
public final class WordForms {
  /** A word of a text: where it stands in the original, and its form. */
  public record Word(int start, int end, String form) {}

  private WordForms() {}

  /** Every word of {@code text} with its position, in order. */
  public static List<Word> words(String text) {
    String folded = Folding.fold(text);
    List<Word> words = new ArrayList<>();
    int i = 0;
    while (i < folded.length()) {
      if (!Character.isLetterOrDigit(folded.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < folded.length() && Character.isLetterOrDigit(folded.charAt(i))) i++;
      words.add(new Word(start, i, stem(folded.substring(start, i))));
    }
    return words;
  }

  /** The forms of a text joined by spaces: what the index stores for a page. */
  public static String indexText(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (Word w : words(text)) out.append(out.isEmpty() ? "" : " ").append(w.form());
    return out.toString();
  }

  /** The distinct forms of a query, in the order typed. */
  public static Set<String> queryForms(String query) {
    Set<String> forms = new LinkedHashSet<>();
    for (Word w : words(query)) forms.add(w.form());
    return forms;
  }

  /** Trims endings from a folded word; words with digits and short words stay as they are. */
  static String stem(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) return word;
    }
    String w = word;
    if (!w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = strip(w, "s", 3);               // plural first, so that every later rule sees one form
      w = strip(w, "x", 3);               // réseaux
    }
    w = strip(w, "ment", 4);               // paiement, clairement
    w = strip(w, "ing", 4);                // blocking, routing
    w = strip(w, "ed", 3);                 // blocked, filtered
    w = strip(w, "er", 4);                 // bloquer, filtrer, filter
    w = strip(w, "e", 3);                  // feminine and é: bloquée, bloqué, message
    w = strip(w, "e", 3);                  // the second e of -ée
    return w;
  }

  private static String strip(String word, String ending, int minStem) {
    return word.endsWith(ending) && word.length() - ending.length() >= minStem
        ? word.substring(0, word.length() - ending.length()) : word;
  }
}
