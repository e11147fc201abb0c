package org.offerfacts.ask;

import static org.offerfacts.store.schema.Tables.FACT_ATTACHMENT;

import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.AttributeType;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.reply.Answer;
import org.offerfacts.store.ContentStore;
import org.offerfacts.store.FactStatus;
import org.offerfacts.store.NewFact;
import org.offerfacts.verify.Evidence;
import org.offerfacts.verify.FactRecorder;
import org.offerfacts.verify.Values;

/**
 * Turns a supplier's answers, from their page or from a confirmed e-mail, into
 * {@code supplier-stated} facts (through {@link FactRecorder}, so that an answer against a
 * verified fact is recorded as disputed) and into the questions' states: a value answers its
 * question, "not known yet, by DATE" records the promise, a bare "not known" leaves it open.
 */
public final class AnswerRecorder {
  private final Catalog catalog;
  private final FactRecorder recorder;

  public AnswerRecorder(Catalog catalog, FactRecorder recorder) {
    this.catalog = catalog;
    this.recorder = recorder;
  }

  /**
   * Where the answers come from.
   *
   * @param author       who said it (the respondent's or sender's e-mail)
   * @param note         how it was said ("answered by … on the supplier page")
   * @param documentId   the reply kept as a document of the offer, or null
   * @param documentText that document's text, to place quotes in it
   */
  public record Source(String author, String note, Long documentId, String documentText) {}

  /** Refuses the whole set before anything is written when one answer cannot be read (a word where hours are wanted). */
  public void check(List<TrackedQuestion> asked, List<Answer> answers) {
    for (Answer answer : answers) {
      TrackedQuestion q = asked.stream().filter(t -> t.n() == answer.n()).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("the list has no question " + answer.n()));
      try {
        typed(q.attribute(), answer);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("question " + q.n() + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Within the caller's transaction, so that the facts, the questions' states and what they come
   * with (the reply's document, its audit line) are kept together or not at all.
   *
   * @return how many facts were recorded
   */
  public int record(DSLContext tx, QuestionList list, List<TrackedQuestion> asked, List<Answer> answers, Source source,
      Map<Integer, Evidence.Attachment> files) {
    int recorded = 0;
    for (Answer answer : answers) {
      TrackedQuestion q = asked.stream().filter(t -> t.n() == answer.n()).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("the list has no question " + answer.n()));
      switch (answer.kind()) {
        case PROMISED -> {
          if (answer.promisedBy() != null) QuestionStore.promised(tx, q.id(), answer.promisedBy());
        }
        case UNKNOWN -> { }
        default -> {
          Object value = typed(q.attribute(), answer);
          Long factId = null;
          if (value != null) {
            factId = recorder.record(tx, fact(list.offerId(), q.attribute(), value, answer.quote(), source));
            attach(tx, factId, files.get(answer.n()));
            recorded++;
          }
          QuestionStore.answered(tx, q.id(), answer.kind().id(), factId);
        }
      }
    }
    return recorded;
  }

  /** Yes and no are values of yes/no attributes; for the others only a typed value is a fact. */
  private Object typed(String attributeId, Answer answer) {
    Attribute attribute = catalog.attribute(attributeId)
        .orElseThrow(() -> new IllegalArgumentException("unknown attribute: " + attributeId));
    if (answer.kind() == Answer.Kind.YES || answer.kind() == Answer.Kind.NO) {
      return attribute.type() == AttributeType.BOOLEAN ? answer.kind() == Answer.Kind.YES : null;
    }
    if (answer.value() == null) return null;
    return answer.value() instanceof String text ? Values.parse(attribute, text) : answer.value();
  }

  private static NewFact fact(long offerId, String attribute, Object value, String quote, Source source) {
    String q = quote == null || quote.isBlank() ? null : quote.strip();
    if (q != null && q.length() > 1000) q = q.substring(0, 1000);
    int at = q == null || source.documentText() == null ? -1 : source.documentText().indexOf(q);
    boolean placed = source.documentId() != null && at >= 0;
    return new NewFact(offerId, attribute, value, List.of(), FactStatus.SUPPLIER_STATED,
        source.documentId(), source.documentId() == null ? null : 1, q, placed ? at : null,
        placed ? at + q.length() : null, source.note(), null, source.author());
  }

  private static void attach(DSLContext tx, long factId, Evidence.Attachment file) {
    if (file == null) return;
    tx.insertInto(FACT_ATTACHMENT)
        .set(FACT_ATTACHMENT.FACT_ID, factId)
        .set(FACT_ATTACHMENT.SHA256, ContentStore.put(tx, file.bytes(), file.mediaType()))
        .set(FACT_ATTACHMENT.FILE_NAME, file.fileName())
        .onConflictDoNothing()
        .execute();
  }
}
