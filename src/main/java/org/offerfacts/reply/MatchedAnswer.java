package org.offerfacts.reply;

import java.util.List;

/**
 * An answer with the conditions its words state ("ouvrable sur demande" is on_request), which
 * the {@link Answer} contract has no room for; the review screen may show them.
 *
 * @param conditions catalog condition ids, empty when none was clear
 */
public record MatchedAnswer(Answer answer, List<String> conditions) {
  public MatchedAnswer {
    conditions = List.copyOf(conditions);
  }
}
