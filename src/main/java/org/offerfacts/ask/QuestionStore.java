package org.offerfacts.ask;

import static org.offerfacts.store.schema.Tables.QUESTION;
import static org.offerfacts.store.schema.Tables.QUESTION_LIST;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.offerfacts.accounts.Secrets;
import org.offerfacts.reply.QuestionSheet;
import org.offerfacts.store.Clock;
import org.offerfacts.store.Database;

/** Question lists and their questions. Answers themselves are facts; a question only points at its own. */
public final class QuestionStore {
  private final Database db;

  public QuestionStore(Database db) {
    this.db = db;
  }

  /** Stores the list with its questions, numbered from 1 in the order given. */
  public QuestionList create(long offerId, String language, LocalDate due, List<QuestionSheet.Question> questions,
      String createdBy, String linkDigest, LocalDate linkExpires) {
    long id = db.write(tx -> {
      long listId = tx.insertInto(QUESTION_LIST)
          .set(QUESTION_LIST.OFFER_ID, offerId)
          .set(QUESTION_LIST.LANGUAGE, language)
          .set(QUESTION_LIST.DUE_DATE, due.toString())
          .set(QUESTION_LIST.REFERENCE, "")
          .set(QUESTION_LIST.MAIL_MESSAGE, "<" + Secrets.random().substring(0, 20) + ".questions@offerfacts>")
          .set(QUESTION_LIST.LINK_DIGEST, linkDigest)
          .set(QUESTION_LIST.LINK_EXPIRES, linkExpires.toString())
          .set(QUESTION_LIST.CREATED_BY, createdBy)
          .set(QUESTION_LIST.CREATED_AT, Clock.now())
          .returning(QUESTION_LIST.ID)
          .fetchOne(QUESTION_LIST.ID);
      tx.update(QUESTION_LIST).set(QUESTION_LIST.REFERENCE, "Q-" + listId).where(QUESTION_LIST.ID.eq(listId)).execute();
      for (QuestionSheet.Question q : questions) {
        tx.insertInto(QUESTION).set(QUESTION.LIST_ID, listId).set(QUESTION.N, q.n())
            .set(QUESTION.ATTRIBUTE, q.attribute()).set(QUESTION.TEXT, q.text()).execute();
      }
      return listId;
    });
    return find(id).orElseThrow();
  }

  public Optional<QuestionList> find(long id) {
    return db.read().selectFrom(QUESTION_LIST).where(QUESTION_LIST.ID.eq(id)).fetchOptional(QuestionStore::toList);
  }

  /** The list a reply belongs to: by the reference in its subject ("[offerfacts Q-12]"), else by the Message-ID it answers. */
  public Optional<QuestionList> answeredBy(String subject, java.util.List<String> messageIds) {
    java.util.regex.Matcher ref = java.util.regex.Pattern.compile("\\[offerfacts (Q-\\d+)]").matcher(subject == null ? "" : subject);
    if (ref.find()) {
      Optional<QuestionList> found = db.read().selectFrom(QUESTION_LIST).where(QUESTION_LIST.REFERENCE.eq(ref.group(1)))
          .fetchOptional().map(r -> find(r.getId()).orElseThrow());
      if (found.isPresent()) return found;
    }
    if (messageIds.isEmpty()) return Optional.empty();
    return db.read().selectFrom(QUESTION_LIST).where(QUESTION_LIST.MAIL_MESSAGE.in(messageIds)).limit(1)
        .fetchOptional().map(r -> find(r.getId()).orElseThrow());
  }

  public Optional<QuestionList> byLinkDigest(String digest) {
    return db.read().selectFrom(QUESTION_LIST).where(QUESTION_LIST.LINK_DIGEST.eq(digest))
        .fetchOptional(QuestionStore::toList);
  }

  /** Newest first. */
  public List<QuestionList> ofOffer(long offerId) {
    return db.read().selectFrom(QUESTION_LIST).where(QUESTION_LIST.OFFER_ID.eq(offerId))
        .orderBy(QUESTION_LIST.ID.desc()).fetch(QuestionStore::toList);
  }

  public List<QuestionList> all() {
    return db.read().selectFrom(QUESTION_LIST).orderBy(QUESTION_LIST.ID).fetch(QuestionStore::toList);
  }

  public List<TrackedQuestion> questions(QuestionList list, LocalDate today) {
    return db.read().selectFrom(QUESTION).where(QUESTION.LIST_ID.eq(list.id())).orderBy(QUESTION.N)
        .fetch(r -> toQuestion(r, list.due(), today));
  }

  /** The questions of several lists in one query, for the pages that look across suppliers. */
  public List<TrackedQuestion> questionsOf(Collection<QuestionList> lists, LocalDate today) {
    java.util.Map<Long, LocalDate> due = new java.util.HashMap<>();
    for (QuestionList list : lists) due.put(list.id(), list.due());
    if (due.isEmpty()) return List.of();
    return db.read().selectFrom(QUESTION).where(QUESTION.LIST_ID.in(due.keySet())).orderBy(QUESTION.LIST_ID, QUESTION.N)
        .fetch(r -> toQuestion(r, due.get(r.get(QUESTION.LIST_ID)), today));
  }

  public void revoke(long listId) {
    db.writeVoid(tx -> tx.update(QUESTION_LIST).set(QUESTION_LIST.REVOKED_AT, Clock.now())
        .where(QUESTION_LIST.ID.eq(listId).and(QUESTION_LIST.REVOKED_AT.isNull())).execute());
  }

  /** A new secret link replaces the old one, which stops working: only its digest was kept. */
  public void replaceLink(long listId, String digest, LocalDate expires) {
    db.writeVoid(tx -> tx.update(QUESTION_LIST).set(QUESTION_LIST.LINK_DIGEST, digest)
        .set(QUESTION_LIST.LINK_EXPIRES, expires.toString()).setNull(QUESTION_LIST.REVOKED_AT)
        .where(QUESTION_LIST.ID.eq(listId)).execute());
  }

  /** Remembers how the list went out; the first sending dates it. */
  public void markSent(long listId, String how) {
    db.writeVoid(tx -> tx.update(QUESTION_LIST)
        .set(QUESTION_LIST.SENT_AT, org.jooq.impl.DSL.coalesce(QUESTION_LIST.SENT_AT, Clock.now()))
        .set(QUESTION_LIST.SENT_HOW, how).where(QUESTION_LIST.ID.eq(listId)).execute());
  }

  /** Within the transaction that records the answer it comes with. */
  static void promised(DSLContext tx, long questionId, LocalDate by) {
    tx.update(QUESTION).set(QUESTION.PROMISED_BY, by.toString()).where(QUESTION.ID.eq(questionId)).execute();
  }

  /** An answer arrived; the first one dates the question, a later correction only points at its fact. */
  static void answered(DSLContext tx, long questionId, String kind, Long factId) {
    tx.update(QUESTION)
        .set(QUESTION.ANSWERED_AT, org.jooq.impl.DSL.coalesce(QUESTION.ANSWERED_AT, Clock.now()))
        .set(QUESTION.ANSWER_KIND, kind).set(QUESTION.ANSWER_FACT_ID, factId)
        .where(QUESTION.ID.eq(questionId)).execute();
  }

  static TrackedQuestion toQuestion(Record r, LocalDate due, LocalDate today) {
    LocalDate promised = r.get(QUESTION.PROMISED_BY) == null ? null : LocalDate.parse(r.get(QUESTION.PROMISED_BY));
    String answeredAt = r.get(QUESTION.ANSWERED_AT);
    return new TrackedQuestion(r.get(QUESTION.ID), r.get(QUESTION.LIST_ID), r.get(QUESTION.N), r.get(QUESTION.ATTRIBUTE),
        r.get(QUESTION.TEXT), promised, answeredAt, r.get(QUESTION.ANSWER_KIND), r.get(QUESTION.ANSWER_FACT_ID),
        QuestionState.of(due, promised, answeredAt != null, today));
  }

  private static QuestionList toList(Record r) {
    return new QuestionList(r.get(QUESTION_LIST.ID), r.get(QUESTION_LIST.OFFER_ID), r.get(QUESTION_LIST.LANGUAGE),
        LocalDate.parse(r.get(QUESTION_LIST.DUE_DATE)), r.get(QUESTION_LIST.REFERENCE), r.get(QUESTION_LIST.MAIL_MESSAGE),
        LocalDate.parse(r.get(QUESTION_LIST.LINK_EXPIRES)), r.get(QUESTION_LIST.REVOKED_AT) != null,
        r.get(QUESTION_LIST.SENT_AT), r.get(QUESTION_LIST.SENT_HOW), r.get(QUESTION_LIST.CREATED_BY),
        r.get(QUESTION_LIST.CREATED_AT));
  }
}
