package org.offerfacts.ask;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.offerfacts.app.App;
import org.offerfacts.reply.QuestionSheet;
import org.offerfacts.store.Offer;

/**
 * Asking suppliers in writing, wired once: question lists and replies, the letters and how they
 * are sent, and the recording of answers. Pages, the API and tests reach the parts through it.
 */
public final class Asking {
  public static final int MAX_QUESTIONS = 60;

  final App app;
  public final QuestionStore lists;
  public final ReplyStore replies;
  public final LetterWriter letters;
  public final Mails mails;
  public final AnswerRecorder answers;

  public Asking(App app, MailConfig mail) {
    this.app = app;
    this.lists = new QuestionStore(app.db);
    this.replies = new ReplyStore(app.db);
    this.letters = new LetterWriter(app.catalog);
    this.mails = new Mails(mail);
    this.answers = new AnswerRecorder(app.catalog, app.recorder);
  }

  /** A new list with the secret token of its supplier page, which is shown now and never again. */
  public record Created(QuestionList list, String token) {}

  public Created create(long offerId, List<String> attributes, String language, LocalDate due, String who) {
    if (!"fr".equals(language) && !"en".equals(language)) throw new IllegalArgumentException("language is fr or en");
    List<String> distinct = attributes.stream().distinct().toList();
    if (distinct.isEmpty()) throw new IllegalArgumentException("tick at least one question to ask");
    if (distinct.size() > MAX_QUESTIONS) throw new IllegalArgumentException("a list has at most " + MAX_QUESTIONS + " questions");
    if (due.isBefore(today())) throw new IllegalArgumentException("the due date is in the past");
    String token = SupplierLink.newToken();
    QuestionList list = lists.create(offerId, language, due, letters.questions(distinct, language), who,
        SupplierLink.digest(token), due.plusDays(SupplierLink.DAYS_AFTER_DUE));
    return new Created(list, token);
  }

  /** A fresh token for the list (a reminder carries one): the previous link stops working. */
  public String newLink(QuestionList list) {
    String token = SupplierLink.newToken();
    LocalDate expires = list.due().plusDays(SupplierLink.DAYS_AFTER_DUE);
    lists.replaceLink(list.id(), SupplierLink.digest(token), expires.isBefore(today()) ? today().plusDays(30) : expires);
    return token;
  }

  /** The letter of a list; a reminder asks only what is still unanswered. */
  public Letter letter(QuestionList list, Offer offer, boolean reminder, String to, String link) {
    List<TrackedQuestion> asked = questions(list);
    if (reminder) asked = asked.stream().filter(q -> !q.answered()).toList();
    return letters.write(list, offer, asked, to, link, reminder);
  }

  public List<TrackedQuestion> questions(QuestionList list) {
    return lists.questions(list, today());
  }

  /** The list as it went out, in the format {@code match-reply --questions} reads. */
  public QuestionSheet sheet(QuestionList list) {
    return new QuestionSheet(list.language(), list.sentDate(), questions(list).stream()
        .map(q -> new QuestionSheet.Question(q.n(), q.attribute(), q.text())).toList());
  }

  public static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
