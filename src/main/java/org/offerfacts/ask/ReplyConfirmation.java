package org.offerfacts.ask;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.offerfacts.accounts.AuditLog;
import org.offerfacts.accounts.User;
import org.offerfacts.app.App;
import org.offerfacts.ingest.Page;
import org.offerfacts.reply.Answer;
import org.offerfacts.store.NewDocument;
import org.offerfacts.web.Auth;

/**
 * The review screen's confirmation: the reply becomes a document of the offer (its evidence,
 * searchable like any other), the ticked lines become supplier-stated facts quoting it, promises
 * are dated, and the e-mail's attachments are read as documents through the usual jobs.
 */
public final class ReplyConfirmation {
  private final App app;
  private final Asking asking;
  private final AskPages pages;

  public ReplyConfirmation(App app, Asking asking, AskPages pages) {
    this.app = app;
    this.asking = asking;
    this.pages = pages;
  }

  public void confirm(Context ctx) {
    QuestionList list = pages.list(ctx);
    ReplyStore.StoredReply reply = asking.replies.find(list.id(), AskPages.id(ctx, "reply"))
        .orElseThrow(() -> new NotFoundResponse("no such reply"));
    List<TrackedQuestion> questions = asking.questions(list);
    List<Answer> confirmed = new ArrayList<>();
    for (TrackedQuestion q : questions) {
      if (ctx.formParam("confirm_" + q.n()) == null) continue;
      String kind = ctx.formParam("kind_" + q.n());
      if (kind == null || kind.isBlank()) continue;
      confirmed.add(AnswerForm.answer(q, kind, ctx.formParam("value_" + q.n()), ctx.formParam("by_" + q.n()),
          ctx.formParam("quote_" + q.n())));
    }
    asking.answers.check(questions, confirmed);
    User who = Auth.user(ctx);
    boolean eml = app.contents.mediaType(reply.sha256()).orElse("").startsWith("message/");
    boolean recorded = app.documents.write(tx -> ReplyStore.confirm(tx, reply.id())
        && record(tx, who, list, reply, questions, confirmed, eml));
    if (recorded && eml) queueAttachments(list, app.contents.bytes(reply.sha256()).orElseThrow());
    ctx.redirect("/offers/" + list.offerId() + "/questions#list-" + list.id(), HttpStatus.SEE_OTHER);
  }

  /**
   * The reply's mark, its document, its facts, its questions' states and its audit line in one
   * transaction: a crash or a failure half-way leaves the reply unconfirmed and nothing of it
   * written, so it can be confirmed again; a double submit finds it confirmed and writes nothing.
   */
  private boolean record(DSLContext tx, User who, QuestionList list, ReplyStore.StoredReply reply,
      List<TrackedQuestion> questions, List<Answer> confirmed, boolean eml) {
    long doc = app.documents.add(tx, new NewDocument(list.offerId(), reply.sha256(),
        "reply-" + list.reference() + "-" + reply.id() + (eml ? ".eml" : ".txt"),
        "Reply to " + list.subjectTag() + (reply.from() == null ? "" : " from " + reply.from()), list.language(),
        List.of(new Page(1, reply.text())), List.of(), null));
    String sender = reply.from() != null ? reply.from() : "the supplier";
    String note = "answered by e-mail from " + sender + " (reply to " + list.reference() + "), confirmed by " + who.email();
    int facts = asking.answers.record(tx, list, questions, confirmed,
        new AnswerRecorder.Source(reply.from() != null ? reply.from() : who.email(), note, doc, reply.text()), Map.of());
    AuditLog.record(tx, who.id(), "ask.reply", list.reference(), facts + " facts from reply " + reply.id());
    return true;
  }

  /** Each attachment is read by a job of its own, queued once the reply is stored. */
  private void queueAttachments(QuestionList list, byte[] raw) {
    for (EmlParts.Attached file : EmlParts.attachments(raw)) {
      app.runner.submit(app.jobs.queueUpload(list.offerId(), file.fileName(), file.bytes(), file.mediaType()));
    }
  }
}
