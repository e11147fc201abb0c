package org.offerfacts.reply;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offerfacts.catalog.Folding;

/**
 * A reply's text cut into the messages it holds. The first layer is the writer's own message;
 * a forwarded message starts a layer of its own (a colleague forwards the supplier's answers
 * with "FYI" above them). Within a layer, a line is quoted when it starts with "&gt;" or comes
 * after a "wrote:" / "Original Message" header (Outlook quotes without "&gt;"): quoted lines hold
 * the question list, never an answer.
 */
final class ReplyLayers {
  /** One line of a layer, without its "&gt;" marks. */
  record Line(String text, String folded, boolean quoted) {}

  /** One message of the chain; {@code date} is its own Date header for a forwarded one, else null. */
  record Layer(List<Line> lines, LocalDate date) {}

  /** An answer line is never this long; longer lines are cut so that no pattern reads a megabyte. */
  static final int MAX_LINE_CHARS = 2_000;
  private static final Pattern DATE_HEADER = Pattern.compile("^(?:date|envoye)\\s?:\\s*(?<value>.+)");

  private static final Pattern FORWARD = Pattern.compile(
      "^-{2,}\\s*(?:forwarded message|message transfere|mensaje reenviado)\\s*-{2,}$"
          + "|^(?:begin forwarded message|debut du message reexpedie|message transfere)\\s*:?$");
  private static final Pattern ORIGINAL = Pattern.compile(
      "^-{2,}\\s*(?:original message|message d'origine|message original)\\s*-{2,}$"
          + "|^(?:le|on)\\s.{4,200}(?:a ecrit|wrote)\\s*:$"
          + "|^_{8,}$");
  /** Outlook's reply header: "De : …" then "Envoyé : …" (or From/Sent) a line or two later. */
  private static final Pattern FROM_HEADER = Pattern.compile("^(?:de|from)\\s?:\\s.+");
  private static final Pattern SENT_HEADER = Pattern.compile("^(?:envoye|sent|date)\\s?:\\s.+");
  private static final Pattern HEADER_LINE = Pattern.compile(
      "^(?:de|from|to|a|cc|date|envoye|sent|objet|subject|reply-to|repondre a)\\s?:.*");
  private static final Pattern QUOTE_MARKS = Pattern.compile("^\\s*(?:>\\s?)+");

  private ReplyLayers() {}

  static List<Layer> of(String text) {
    List<Layer> layers = new ArrayList<>();
    List<Line> layer = new ArrayList<>();
    LocalDate layerDate = null;
    boolean inOriginal = false;
    boolean inForwardHeaders = false;
    String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i].length() > MAX_LINE_CHARS ? raw[i].substring(0, MAX_LINE_CHARS) : raw[i];
      String marks = quoteMarks(line);
      String content = line.substring(marks.length()).strip();
      String folded = Folding.fold(content);
      if (marks.isEmpty() && FORWARD.matcher(folded).matches()) {
        if (!layer.isEmpty()) layers.add(new Layer(layer, layerDate));
        layer = new ArrayList<>();
        layerDate = null;
        inOriginal = false;
        inForwardHeaders = true;
        continue;
      }
      if (inForwardHeaders) {
        Matcher date = DATE_HEADER.matcher(folded);
        if (date.matches()) layerDate = headerDate(date.group("value"));
        if (HEADER_LINE.matcher(folded).matches()) continue;
        if (!folded.isBlank()) inForwardHeaders = false;
      }
      if (marks.isEmpty() && !inOriginal && startsOriginal(raw, i, folded)) inOriginal = true;
      layer.add(new Line(content, folded, inOriginal || !marks.isEmpty()));
    }
    if (!layer.isEmpty()) layers.add(new Layer(layer, layerDate));
    return layers;
  }

  /** "Tue, 24 Nov 2026 09:15:00 +0100" or "mar. 24 nov. 2026 à 09:15", as a forward writes it. */
  private static LocalDate headerDate(String folded) {
    PromiseDates.Found found = PromiseDates.explicit(folded, LocalDate.of(1970, 1, 1));
    return found == null ? null : found.date();
  }

  private static boolean startsOriginal(String[] raw, int i, String folded) {
    if (ORIGINAL.matcher(folded).matches()) return true;
    // "Le ven. 20 nov. 2026 à 10:02, Anne <a@b.fr> a\nécrit :" — clients wrap this header line.
    if (i + 1 < raw.length && folded.matches("^(?:le|on)\\s.{4,200}")) {
      String joined = folded + " " + Folding.fold(raw[i + 1].strip());
      if (ORIGINAL.matcher(joined).matches()) return true;
    }
    if (!FROM_HEADER.matcher(folded).matches()) return false;
    for (int j = i + 1; j < Math.min(raw.length, i + 3); j++) {
      if (SENT_HEADER.matcher(Folding.fold(raw[j].strip())).matches()) return true;
    }
    return false;
  }

  private static String quoteMarks(String line) {
    var m = QUOTE_MARKS.matcher(line);
    return m.lookingAt() ? line.substring(0, m.end()) : "";
  }
}
