package org.offerfacts.reply;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.offerfacts.catalog.Folding;

/**
 * A list of words and phrases found as whole words in folded text (lowercase, no accents).
 * Longer phrases are tried first, so "no problem" is found before "no".
 */
final class Phrases {
  private final Pattern pattern;

  Phrases(List<String> phrases) {
    String alternation = phrases.stream()
        .map(p -> Folding.fold(p.strip()))
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
    this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
  }

  /** Whether a phrase occurs anywhere in the folded text. */
  boolean in(String folded) {
    return pattern.matcher(folded).find();
  }

  /** The first occurrence, or null. */
  Matcher find(String folded) {
    Matcher m = pattern.matcher(folded);
    return m.find() ? m : null;
  }

  /** The phrase that the folded text starts with (after spaces and punctuation), or null. */
  String leading(String folded) {
    Matcher m = pattern.matcher(folded);
    int start = 0;
    while (start < folded.length() && !Character.isLetterOrDigit(folded.charAt(start))) start++;
    m.region(start, folded.length());
    return m.lookingAt() ? m.group() : null;
  }
}
