package org.offerfacts.catalog;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A trigger term as catalog authors write it, compiled for matching on folded text.
 *
 * <p>Syntax, chosen so that a term reads like the words it finds: matching ignores case and
 * accents; a word ending in {@code *} matches any ending ("bloqu*" finds "bloqué", "bloquer");
 * a space matches any run of spaces, line breaks or hyphens ("bridge mode" finds "bridge-mode");
 * a hyphen may also be absent ("e-mail" finds "email"); an apostrophe matches ' or ’. A term
 * starts at a word boundary and, unless it ends with {@code *}, ends at one.
 *
 * @param text    the term as written in the catalog
 * @param anchor  the longest literal piece, used to find candidate places quickly
 * @param pattern the full term, to confirm a candidate place
 */
public record Term(String text, String anchor, Pattern pattern) {

  /** The first character of the folded term: a match can only start there. */
  public char firstChar() {
    return Folding.fold(text.strip()).charAt(0);
  }

  /** Whether the term begins with its anchor, so a match starts exactly where the anchor does. */
  public boolean startsWithAnchor() {
    return Folding.fold(text.strip()).startsWith(anchor);
  }

  public static Term parse(String written) {
    String folded = Folding.fold(written.trim());
    if (folded.isEmpty()) throw new IllegalArgumentException("empty term");
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
    String longest = "";
    StringBuilder piece = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      boolean literal = c != '*' && c != ' ' && c != '-' && c != '\'';
      if (literal) {
        piece.append(c);
        regex.append(Pattern.quote(String.valueOf(c)));
        continue;
      }
      if (piece.length() > longest.length()) longest = piece.toString();
      piece.setLength(0);
      switch (c) {
        case '*' -> regex.append("[\\p{L}\\p{N}]*");
        case ' ' -> regex.append("[\\s\\-]+");
        case '-' -> regex.append("[\\s\\-]*");
        default -> regex.append("'\\s?");
      }
    }
    if (piece.length() > longest.length()) longest = piece.toString();
    if (longest.isEmpty()) throw new IllegalArgumentException("term has no letters: " + written);
    char last = folded.charAt(folded.length() - 1);
    if (Character.isLetterOrDigit(last)) regex.append("(?![\\p{L}\\p{N}])");
    try {
      return new Term(written, longest, Pattern.compile(regex.toString()));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("term cannot be compiled: " + written, e);
    }
  }
}
