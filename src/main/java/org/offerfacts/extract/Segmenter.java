package org.offerfacts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a page into segments a technician would quote. Lines wrapped by a PDF are joined back
 * into their sentence; list items, table rows and headings stay on their own; sentences end at
 * . ! ? followed by a capital, never at "e.g." or "99.95".
 */
public final class Segmenter {
  private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+•·▪◦‣●]|\\d{1,2}[.)]|[a-z][.)]|#{1,6})\\s");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+[\"»”')\\]]*\\s+(?=[\\p{Lu}\\d«\"“(\\[*•-])");
  // A single capital is an initial ("M. Martin"); a lowercase letter after a number or a slash is
  // a unit ending its sentence ("100 Mbit/s.", "sous 4 h.").
  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?:(?i:\\b(?:e\\.g|i\\.e|etc|cf|ex|vs|env|approx|no|n°|p|pp|art|min|max|mr|mrs|m|mme|st|inc|ltd|co|fig|réf|ref|tel|tél))"
          + "|(?<![\\p{L}\\p{N}/])\\p{Lu})\\.$");
  /** The longest abbreviation with its period ("approx.") and the character before it. */
  private static final int ABBREVIATION_REACH = 8;
  /** "1." or "a)" alone: the marker of a numbered item, not a sentence. */
  private static final Pattern MARKER_ONLY = Pattern.compile("^\\s*(?:\\d{1,2}|[a-z])[.)]$");
  private static final int LONG_SEGMENT = 400;

  public List<Segment> segments(int page, String text) {
    List<Segment> out = new ArrayList<>();
    List<int[]> lines = lines(text);
    int maxLine = lines.stream().mapToInt(l -> l[1] - l[0]).max().orElse(0);
    int blockStart = -1;
    int blockEnd = -1;
    for (int i = 0; i < lines.size(); i++) {
      int[] line = lines.get(i);
      String content = text.substring(line[0], line[1]);
      if (content.isBlank()) {
        flush(page, text, blockStart, blockEnd, out);
        blockStart = -1;
        continue;
      }
      boolean row = isTableRow(content);
      if (blockStart >= 0 && !row && continuesBlock(text.substring(blockLineStart(text, blockEnd), blockEnd), content, maxLine)) {
        blockEnd = line[1];
        continue;
      }
      flush(page, text, blockStart, blockEnd, out);
      if (row) {
        addTrimmed(page, text, line[0], line[1], Segment.Kind.TABLE_ROW, out);
        blockStart = -1;
      } else {
        blockStart = line[0];
        blockEnd = line[1];
      }
    }
    flush(page, text, blockStart, blockEnd, out);
    return out;
  }

  private static int blockLineStart(String text, int blockEnd) {
    int nl = text.lastIndexOf('\n', blockEnd - 1);
    return nl + 1;
  }

  /** Whether a line continues the block ending with {@code previous} (a wrapped line). */
  private static boolean continuesBlock(String previous, String line, int maxLine) {
    if (LIST_MARKER.matcher(line).find() || isTableRow(previous)) return false;
    String prev = previous.strip();
    String next = line.strip();
    if (prev.isEmpty() || next.isEmpty() || prev.startsWith("#")) return false;
    char last = prev.charAt(prev.length() - 1);
    boolean ended = ".!?:;".indexOf(last) >= 0;
    if (Character.isLowerCase(next.charAt(0)) && !ended) return true;
    boolean wrapped = previous.length() >= 0.6 * maxLine && maxLine >= 40;
    return wrapped && !ended;
  }

  private static boolean isTableRow(String line) {
    return line.contains(" | ") || line.contains("\t");
  }

  private void flush(int page, String text, int start, int end, List<Segment> out) {
    if (start < 0) return;
    boolean item = LIST_MARKER.matcher(text.substring(start, Math.min(end, start + 12))).find();
    int sentenceStart = start;
    Matcher m = SENTENCE_END.matcher(text).region(start, end);
    while (m.find()) {
      int cut = m.end();
      String before = text.substring(sentenceStart, m.start() + 1).stripTrailing();
      if (endsWithAbbreviation(before) || MARKER_ONLY.matcher(before).find()) continue;
      addPiece(page, text, sentenceStart, cut, item && sentenceStart == start, out);
      sentenceStart = cut;
    }
    addPiece(page, text, sentenceStart, end, item && sentenceStart == start, out);
  }

  /**
   * Whether the text ends with an abbreviation or an initial. Only its last characters can
   * match, so only they are searched: searching the whole sentence at each period made cutting
   * long paragraphs quadratic.
   */
  private static boolean endsWithAbbreviation(String before) {
    return ABBREVIATION.matcher(before).region(Math.max(0, before.length() - ABBREVIATION_REACH), before.length()).find();
  }

  /** Adds a sentence, cutting an overlong one at its line breaks and inline bullets. */
  private static void addPiece(int page, String text, int start, int end, boolean item, List<Segment> out) {
    Segment.Kind kind = item ? Segment.Kind.LIST_ITEM : Segment.Kind.SENTENCE;
    if (end - start <= LONG_SEGMENT) {
      splitAtInlineBullets(page, text, start, end, kind, out);
      return;
    }
    int pieceStart = start;
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == '\n') {
        splitAtInlineBullets(page, text, pieceStart, i, Segment.Kind.LINE, out);
        pieceStart = i + 1;
      }
    }
    splitAtInlineBullets(page, text, pieceStart, end, Segment.Kind.LINE, out);
  }

  private static void splitAtInlineBullets(int page, String text, int start, int end, Segment.Kind kind, List<Segment> out) {
    int pieceStart = start;
    for (int i = start + 1; i < end; i++) {
      if (text.charAt(i) == '•') {
        addTrimmed(page, text, pieceStart, i, kind, out);
        pieceStart = i;
      }
    }
    addTrimmed(page, text, pieceStart, end, kind, out);
  }

  private static void addTrimmed(int page, String text, int start, int end, Segment.Kind kind, List<Segment> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end > start) out.add(new Segment(page, start, end, kind));
  }

  private static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        lines.add(new int[] {start, i});
        start = i + 1;
      }
    }
    return lines;
  }
}
