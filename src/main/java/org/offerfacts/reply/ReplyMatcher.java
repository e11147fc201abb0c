package org.offerfacts.reply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.offerfacts.catalog.Catalog;

/**
 * Finds, in a supplier's reply, the answer to each question of the list it replies to. Only the
 * writer's own words answer: quoted lines (the question list, with its "yes / no / not known yet"
 * prompts) only tell which question the words under them answer. See {@link ReplyLayout} for how
 * lines are given to questions and {@link AnswerReader} for what the words say.
 * Thread-safe: build one per catalog and share it.
 */
public final class ReplyMatcher {
  private final Catalog catalog;
  private final AnswerReader reader;

  public ReplyMatcher(Catalog catalog) {
    this.catalog = catalog;
    this.reader = new AnswerReader(catalog);
  }

  /**
   * @param replyText the reply's text (see {@link ReplyText} for e-mails), quoted parts included
   * @param replyDate the reply's own date, from which "by Friday" is counted
   * @return one answer per question the reply answers, in question order
   */
  public List<Answer> match(QuestionSheet sheet, String replyText, LocalDate replyDate) {
    return read(sheet, replyText, replyDate).stream().map(MatchedAnswer::answer).toList();
  }

  /**
   * The answers with the conditions they state. A forwarded reply is read when the forwarding
   * note above it answers nothing, and its promises count from its own Date line. Without a
   * reply date, promises count from the sheet's date. Text beyond 200,000 characters is not read.
   */
  public List<MatchedAnswer> read(QuestionSheet sheet, String replyText, LocalDate replyDate) {
    LocalDate from = replyDate != null ? replyDate : sheet.sent() != null ? sheet.sent() : LocalDate.now();
    SheetTopics topics = new SheetTopics(sheet, catalog);
    String text = replyText == null ? "" : replyText;
    if (text.length() > ReplyEmail.MAX_TEXT_CHARS) text = text.substring(0, ReplyEmail.MAX_TEXT_CHARS);
    for (ReplyLayers.Layer layer : ReplyLayers.of(text)) {
      List<MatchedAnswer> answers = new ArrayList<>();
      Map<Integer, ReplyLayout.Given> given = new TreeMap<>(ReplyLayout.assign(layer.lines(), topics));
      // a forwarded reply's promises count from its own date, not the forward's
      LocalDate counted = layer.date() != null ? layer.date() : from;
      for (var e : given.entrySet()) {
        ReplyLayout.Given g = e.getValue();
        MatchedAnswer answer = reader.read(topics.question(e.getKey()), g.pieces(), g.context(), g.quote(), counted);
        if (answer != null) answers.add(answer);
      }
      if (!answers.isEmpty()) return orderedAsSheet(sheet, answers);
    }
    return List.of();
  }

  private static List<MatchedAnswer> orderedAsSheet(QuestionSheet sheet, List<MatchedAnswer> answers) {
    List<MatchedAnswer> ordered = new ArrayList<>();
    for (QuestionSheet.Question q : sheet.questions()) {
      for (MatchedAnswer a : answers) if (a.answer().n() == q.n()) ordered.add(a);
    }
    return ordered;
  }

  Catalog catalog() {
    return catalog;
  }
}
