package org.offerfacts.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells text whose fonts give no letters, or the wrong ones, from text that can be read. A PDF
 * whose fonts lack a Unicode mapping prints fine but reads as nothing (PDFBox drops a composite
 * font's unmapped glyphs), as control characters (a simple font's raw codes, 1, 2, 3…), or as
 * shifted letters ("/H GÌELW" for "Le débit") when a subset font numbers its glyphs its own way.
 * Facts read from such text would be noise, so the text is called unreliable, with the reason.
 *
 * <p>Two measures, each judged only over the whole document and only with enough material, so a
 * short spec sheet, a table or a two-line e-mail is never judged:
 * <ul>
 *   <li>glyphs with no letter: dropped, control characters, U+FFFD, private use. Real text has
 *       none but the odd icon-font bullet; when more than half of what was printed has no letter,
 *       the document cannot be read, whatever the rest says.</li>
 *   <li>common words: in French or English prose a quarter to a third of the words are "de",
 *       "la", "the", "of"…, while shifted glyph codes make them all but vanish (the odd short
 *       token may hit one by chance). A price grid may have none either, hence the minimum
 *       number of words before the share is judged. Common words of other languages written in
 *       Latin letters count as well, so a German sheet is not taken for garbage; words in other
 *       scripts are not counted at all.</li>
 * </ul>
 */
final class Legibility {

  /** Below this many glyphs printed in the whole document, there is too little to judge. */
  static final int MIN_GLYPHS = 40;
  /**
   * Above this share of glyphs with no letter, the document is unreadable. Real text has none (0
   * in all 18 corpus PDFs) but icon-font bullets; a document whose headings alone use a broken
   * font keeps its readable body, so only a majority condemns the whole.
   */
  static final double MAX_UNREADABLE_SHARE = 0.5;
  /**
   * Below this many Latin-letter words in the whole document, the common-word share proves
   * nothing: a price grid or a short spec sheet may hold no "de" or "the" at all.
   */
  static final int MIN_WORDS = 100;
  /**
   * Below this share of common words, the letters are not words. The labelled corpus (18 FR/EN
   * offers, SLAs, router docs) ranges from 24.5 % to 40.7 %, twelve times above; an offer shifted
   * by a subset font (PdfGarbageTextTest) gives 0.9 %, one chance hit in 107 words.
   */
  static final double MIN_COMMON_WORD_SHARE = 0.02;

  static final String NO_MAPPING_WARNING =
      "the text is not readable: its fonts map glyphs to no known letters (no Unicode mapping)";
  static final String WRONG_LETTERS_WARNING =
      "the text is not readable: its letters form no French or English words (the fonts map glyphs to the wrong letters)";

  private static final Set<String> COMMON_WORDS = Set.of(
      // French
      "le", "la", "les", "de", "des", "du", "un", "une", "et", "à", "au", "aux", "en", "pour", "par", "sur",
      "dans", "avec", "est", "sont", "ne", "pas", "que", "qui", "ou", "ce", "cette", "ces", "il", "vous",
      "votre", "vos", "nous", "notre", "nos", "son", "sa", "ses", "se", "plus",
      // English
      "the", "of", "and", "to", "a", "in", "is", "for", "on", "with", "by", "at", "or", "are", "be", "an",
      "as", "from", "this", "that", "not", "it", "your", "our", "you", "we", "will", "can", "all", "per",
      // German, Spanish, Italian, Dutch, Portuguese: no false alarm on a supplier's other languages.
      // No single letters but "a" and "à": garbage is full of one-letter tokens.
      "der", "die", "das", "und", "ist", "mit", "von", "zu", "den", "el", "los", "las", "es", "con",
      "para", "del", "di", "che", "het", "een", "van", "met", "os", "do", "da", "com");
  /** Longer words are not looked up: most words need no lower-casing. */
  private static final int MAX_COMMON_WORD_LENGTH = COMMON_WORDS.stream().mapToInt(String::length).max().orElse(0);

  /**
   * What one page printed: glyphs shown, glyphs that gave no letter, words and common words.
   * Counted from PDFBox's raw output, before normalisation drops control characters, so that
   * control characters still separate the words they stand between.
   */
  record Page(int glyphs, int unreadableGlyphs, int words, int commonWords) {

    /**
     * @param rawText         the page as the stripper wrote it
     * @param glyphsShown     glyphs the content stream drew
     * @param glyphsWithoutText glyphs PDFBox dropped because their font gives them no text
     */
    static Page of(String rawText, int glyphsShown, int glyphsWithoutText) {
      Counter counter = new Counter();
      rawText.codePoints().forEach(counter::accept);
      counter.accept(' '); // ends the last word
      return new Page(glyphsShown, glyphsWithoutText + counter.unreadable, counter.words, counter.common);
    }
  }

  /** Counts unreadable characters and words (runs of letters) one code point at a time. */
  private static final class Counter {
    private final StringBuilder word = new StringBuilder();
    private boolean latin = true;
    private int unreadable;
    private int words;
    private int common;

    void accept(int c) {
      if (isUnreadable(c)) unreadable++;
      if (Character.isLetter(c)) {
        word.appendCodePoint(c);
        latin &= Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
        return;
      }
      if (word.length() > 0 && latin) {
        words++;
        if (word.length() <= MAX_COMMON_WORD_LENGTH && isCommon(word.toString())) common++;
      }
      word.setLength(0);
      latin = true;
    }
  }

  private Legibility() {}

  /**
   * @param pages one entry per page, null for a page that was not read
   * @return the reason the document cannot be read, if it cannot
   */
  static Optional<String> unreadable(List<Page> pages) {
    long glyphs = 0;
    long unreadable = 0;
    long words = 0;
    long common = 0;
    for (Page page : pages) {
      if (page == null) continue;
      glyphs += page.glyphs();
      unreadable += page.unreadableGlyphs();
      words += page.words();
      common += page.commonWords();
    }
    if (glyphs >= MIN_GLYPHS && unreadable > MAX_UNREADABLE_SHARE * glyphs) return Optional.of(NO_MAPPING_WARNING);
    if (words >= MIN_WORDS && common < MIN_COMMON_WORD_SHARE * words) return Optional.of(WRONG_LETTERS_WARNING);
    return Optional.empty();
  }

  private static boolean isCommon(String word) {
    return COMMON_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Control characters other than the line breaks PDFBox writes, U+FFFD, private use. */
  private static boolean isUnreadable(int c) {
    if (c == '\n') return false;
    return Character.isISOControl(c) || c == 0xFFFD || Character.getType(c) == Character.PRIVATE_USE;
  }
}
