package org.offerfacts.ask;

import java.util.ArrayList;
import java.util.List;
import org.offerfacts.reply.Answer;

/**
 * One question on the review screen of an imported reply: what the matcher found (or nothing),
 * and the form's proposed kind, value and date, which the user corrects before confirming.
 */
public record ReviewLine(TrackedQuestion question, Answer found, String kind, String value, String promisedBy,
    String quote, boolean proposed) {

  /** Every question of the list, so that the user can also fill in what the matcher missed. */
  public static List<ReviewLine> of(List<TrackedQuestion> questions, List<Answer> found) {
    List<ReviewLine> lines = new ArrayList<>();
    for (TrackedQuestion q : questions) {
      Answer a = found.stream().filter(f -> f.n() == q.n()).findFirst().orElse(null);
      if (a == null) {
        lines.add(new ReviewLine(q, null, "", "", "", "", false));
        continue;
      }
      String kind = switch (a.kind()) {
        case PROMISED -> "unknown";
        default -> a.kind().id();
      };
      boolean isValue = a.kind() == Answer.Kind.VALUE && a.value() != null;
      lines.add(new ReviewLine(q, a, kind, isValue ? String.valueOf(a.value()) : "",
          a.promisedBy() == null ? "" : a.promisedBy().toString(), a.quote() == null ? "" : a.quote(), true));
    }
    return lines;
  }
}
