package org.offerfacts.ask;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.GoneResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.offerfacts.accounts.AuditLog;
import org.offerfacts.app.App;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.AttributeType;
import org.offerfacts.store.Offer;
import org.offerfacts.web.Lang;
import org.offerfacts.web.Messages;
import org.offerfacts.web.PageMeta;
import org.offerfacts.web.Templates;

/**
 * The supplier's page, {@code /answer/TOKEN}: no account, one line per question, a phone's width.
 * An unknown token is a 404; a revoked or expired one a 410, so the supplier knows to ask for a
 * new link rather than retype it.
 */
public final class AnswerPages {
  private final App app;
  private final Asking asking;

  public AnswerPages(App app, Asking asking) {
    this.app = app;
    this.asking = asking;
  }

  public record AnswerPage(Offer offer, QuestionList list, List<Line> lines, String formToken, String error, String name,
      String email) {}

  /** A question on the page: yes/no, or a value in a unit; {@code kind} keeps what was ticked when the form comes back. */
  public record Line(TrackedQuestion question, boolean yesNo, String unit, String kind) {}

  public record ThanksPage(Offer offer, QuestionList list, int answered) {}

  public void show(Context ctx) {
    QuestionList list = live(ctx);
    render(ctx, list, null, HttpStatus.OK);
  }

  public void submit(Context ctx) throws IOException {
    QuestionList list = live(ctx);
    String digest = SupplierLink.digest(ctx.pathParam("token"));
    if (!SupplierLink.validForm(digest, ctx.formParam("form"), Instant.now())) {
      throw new ForbiddenResponse("this form has expired or did not come from this page: reload it and answer again");
    }
    List<TrackedQuestion> questions = asking.questions(list);
    AnswerForm form;
    try {
      form = AnswerForm.read(ctx, questions);
      asking.answers.check(questions, form.lines().stream().map(AnswerForm.Line::answer).toList());
      app.db.writeVoid(tx -> {
        for (AnswerForm.Line line : form.lines()) {
          asking.answers.record(tx, list, questions, List.of(line.answer()),
              new AnswerRecorder.Source(form.email(), form.note(line), null, null),
              line.file() == null ? Map.of() : Map.of(line.answer().n(), line.file()));
        }
        AuditLog.record(tx, null, "ask.answer", list.reference(), form.email() + ": " + form.lines().size());
      });
    } catch (IllegalArgumentException e) {
      render(ctx, list, e.getMessage(), HttpStatus.BAD_REQUEST);
      return;
    }
    Templates.page(ctx, "answerThanks.jte", meta(ctx, list), new ThanksPage(offer(list), list, form.lines().size()));
  }

  private void render(Context ctx, QuestionList list, String error, HttpStatus status) {
    String digest = SupplierLink.digest(ctx.pathParam("token"));
    ctx.status(status);
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    List<Line> lines = new java.util.ArrayList<>();
    for (TrackedQuestion q : asking.questions(list)) {
      Attribute a = app.catalog.attribute(q.attribute()).orElse(null);
      String kind = ctx.formParam("kind_" + q.n());
      lines.add(new Line(q, a == null || a.type() == AttributeType.BOOLEAN, a == null ? null : a.unit(),
          kind == null ? "" : kind));
    }
    Templates.page(ctx, "answer.jte", meta(ctx, list), new AnswerPage(offer(list), list, lines,
        SupplierLink.formToken(digest, Instant.now()), error, ctx.formParam("name"), ctx.formParam("email")));
  }

  /** The page speaks the list's language, unless the supplier switches. */
  private static PageMeta meta(Context ctx, QuestionList list) {
    Lang asked = Lang.of(ctx.queryParam("lang"));
    Messages words = Messages.of(asked != null ? asked : Lang.of(list.language()));
    return new PageMeta(words, words.t("answer.title", list.reference()), words.t("answer.description"), ctx.path(),
        ctx.queryString() == null ? "" : ctx.queryString(), ctx.scheme() + "://" + ctx.host(), null, "");
  }

  private QuestionList live(Context ctx) {
    String token = ctx.pathParam("token");
    QuestionList list = SupplierLink.wellFormed(token)
        ? asking.lists.byLinkDigest(SupplierLink.digest(token)).orElse(null) : null;
    if (list == null) throw new NotFoundResponse("no such page");
    if (!list.linkLive(Asking.today())) throw new GoneResponse("this link has expired or was withdrawn: ask your contact for a new one");
    return list;
  }

  private Offer offer(QuestionList list) {
    return app.offers.find(list.offerId()).orElseThrow(() -> new NotFoundResponse("no such page"));
  }
}
