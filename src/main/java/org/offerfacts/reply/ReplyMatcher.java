package org.offerfacts.reply;

import java.time.LocalDate;
import java.util.List;
import org.offerfacts.catalog.Catalog;

/**
 * Finds, in a supplier's reply, the answer to each question of the list it replies to.
 * (Contract fixed; the reading itself is being written.)
 */
public final class ReplyMatcher {
  private final Catalog catalog;

  public ReplyMatcher(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * @param replyText the reply's text (see {@link ReplyText} for e-mails), quoted parts included
   * @param replyDate the reply's own date, from which "by Friday" is counted
   * @return one answer per question the reply answers, in question order
   */
  public List<Answer> match(QuestionSheet sheet, String replyText, LocalDate replyDate) {
    return List.of();
  }

  Catalog catalog() {
    return catalog;
  }
}
