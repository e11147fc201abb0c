package org.offerfacts.ask;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.AttributeType;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.reply.QuestionSheet;
import org.offerfacts.store.Offer;
import org.offerfacts.web.Lang;
import org.offerfacts.web.Messages;

/**
 * Writes the e-mail of a question list in the list's language (not the reader's): the numbered
 * questions with the answer format we expect, so that a reply of "1. oui 2. non" can be read back
 * line by line, and the secret link for those who prefer a form.
 */
public final class LetterWriter {
  private final Catalog catalog;

  public LetterWriter(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The catalog's question for each attribute, numbered in the order given. */
  public List<QuestionSheet.Question> questions(List<String> attributeIds, String language) {
    List<QuestionSheet.Question> out = new java.util.ArrayList<>();
    for (String id : attributeIds) {
      Attribute a = catalog.attribute(id).orElseThrow(() -> new IllegalArgumentException("unknown attribute: " + id));
      out.add(new QuestionSheet.Question(out.size() + 1, a.id(), a.question().in(language)));
    }
    return out;
  }

  /**
   * @param questions the ones to ask (all of the list, or only the unanswered ones for a reminder)
   * @param link      the supplier's page, or null to leave it out
   */
  public Letter write(QuestionList list, Offer offer, List<TrackedQuestion> questions, String to, String link,
      boolean reminder) {
    Messages words = Messages.of(Lang.of(list.language()));
    LocalDate by = list.due();
    // A reminder of a list past its date asks for answers within two working days, not by a day gone.
    if (reminder && by.isBefore(WorkingDays.after(Asking.today(), 2))) by = WorkingDays.after(Asking.today(), 2);
    String due = date(by, list.language());
    String subject = list.subjectTag() + " " + words.t(reminder ? "letter.subject.reminder" : "letter.subject",
        offer.supplier() + " — " + offer.name());
    StringBuilder body = new StringBuilder();
    body.append(words.t("letter.greeting")).append("\n\n");
    body.append(words.t(reminder ? "letter.intro.reminder" : "letter.intro", offer.supplier() + " — " + offer.name(), due))
        .append("\n");
    body.append(words.t("letter.format")).append("\n\n");
    for (TrackedQuestion q : questions) {
      body.append(q.n()).append(". ").append(q.text());
      String hint = hint(q.attribute(), words);
      if (hint != null) body.append(" (").append(hint).append(")");
      body.append("\n");
    }
    if (link != null) body.append("\n").append(words.t("letter.link")).append("\n").append(link).append("\n");
    body.append("\n").append(words.t("letter.keep_reference", list.subjectTag())).append("\n\n");
    body.append(words.t("letter.signature")).append("\n");
    return new Letter(to, subject, body.toString());
  }

  /** What kind of answer a question wants when yes or no does not do. */
  private String hint(String attributeId, Messages words) {
    Attribute a = catalog.attribute(attributeId).orElse(null);
    if (a == null || a.type() == AttributeType.BOOLEAN) return null;
    if (a.type() == AttributeType.ENUM) return words.t("letter.hint.one_of", String.join(" / ", a.enumValues()));
    if (a.unit() != null && !a.unit().isBlank()) return words.t("letter.hint.unit", a.unit());
    return null;
  }

  public static String date(LocalDate date, String language) {
    return date.format("fr".equals(language) ? DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH)
        : DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
  }
}
