package org.offerfacts.ask;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.offerfacts.store.Offer;

/** A question past its date, with the list and offer it belongs to, for the page across suppliers. */
public record Overdue(Offer offer, QuestionList list, TrackedQuestion question) {

  /** The overdue questions, oldest due date first. */
  public static List<Overdue> of(List<QuestionList> lists, List<TrackedQuestion> questions, List<Offer> offers) {
    Map<Long, Offer> offerById = offers.stream().collect(Collectors.toMap(Offer::id, Function.identity()));
    Map<Long, QuestionList> listById = lists.stream().collect(Collectors.toMap(QuestionList::id, Function.identity()));
    return questions.stream()
        .filter(q -> q.state() == QuestionState.OVERDUE)
        .map(q -> new Overdue(offerById.get(listById.get(q.listId()).offerId()), listById.get(q.listId()), q))
        .filter(o -> o.offer() != null && !o.list().revoked())
        .sorted(java.util.Comparator.comparing((Overdue o) -> o.question().promisedBy() != null
            ? o.question().promisedBy() : o.list().due()))
        .toList();
  }
}
