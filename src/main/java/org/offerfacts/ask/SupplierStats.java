package org.offerfacts.ask;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.offerfacts.store.Offer;

/**
 * The written-answer service level of each supplier, to compare like any other attribute:
 * how many questions were asked, the share answered in writing, the median time from sending to
 * answer, and how many promises ("not known yet, by Friday") were kept.
 *
 * @param medianDays       null when nothing was answered yet
 * @param promisesMade     questions that received a promise
 * @param promisesKept     promises answered on or before their date
 * @param promisesBroken   promises answered late, or whose date has passed unanswered
 */
public record SupplierStats(String supplier, int asked, int answered, Double medianDays, int promisesMade,
    int promisesKept, int promisesBroken) {

  /** Answered share in percent, rounded; 0 when nothing was asked. */
  public int answeredPercent() {
    return asked == 0 ? 0 : Math.round(100f * answered / asked);
  }

  public static List<SupplierStats> of(List<QuestionList> lists, List<TrackedQuestion> questions, List<Offer> offers,
      LocalDate today) {
    Map<Long, Offer> offerById = offers.stream().collect(Collectors.toMap(Offer::id, Function.identity()));
    Map<Long, QuestionList> listById = lists.stream().collect(Collectors.toMap(QuestionList::id, Function.identity()));
    Map<String, List<TrackedQuestion>> bySupplier = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (TrackedQuestion q : questions) {
      Offer offer = offerById.get(listById.get(q.listId()).offerId());
      if (offer != null) bySupplier.computeIfAbsent(offer.supplier(), s -> new ArrayList<>()).add(q);
    }
    List<SupplierStats> out = new ArrayList<>();
    bySupplier.forEach((supplier, qs) -> out.add(of(supplier, qs, listById, today)));
    return out;
  }

  private static SupplierStats of(String supplier, List<TrackedQuestion> qs, Map<Long, QuestionList> lists,
      LocalDate today) {
    List<Double> days = new ArrayList<>();
    int made = 0;
    int kept = 0;
    int broken = 0;
    for (TrackedQuestion q : qs) {
      LocalDate answeredOn = q.answered() ? LocalDate.parse(q.answeredAt().substring(0, 10)) : null;
      if (q.answered()) days.add(daysBetween(lists.get(q.listId()), q.answeredAt()));
      if (q.promisedBy() == null) continue;
      made++;
      if (answeredOn != null && !answeredOn.isAfter(q.promisedBy())) kept++;
      else if (answeredOn != null || today.isAfter(q.promisedBy())) broken++;
    }
    return new SupplierStats(supplier, qs.size(), days.size(), median(days), made, kept, broken);
  }

  private static double daysBetween(QuestionList list, String answeredAt) {
    Instant sent = Instant.parse(list.sentAt() != null ? list.sentAt() : list.createdAt());
    return Math.max(0, Duration.between(sent, Instant.parse(answeredAt)).toMinutes() / 1440.0);
  }

  static Double median(List<Double> values) {
    if (values.isEmpty()) return null;
    List<Double> sorted = values.stream().sorted().toList();
    int mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
  }
}
