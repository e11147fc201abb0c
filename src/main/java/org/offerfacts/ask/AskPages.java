package org.offerfacts.ask;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.offerfacts.app.App;
import org.offerfacts.store.Offer;
import org.offerfacts.web.Auth;
import org.offerfacts.web.Language;
import org.offerfacts.web.Messages;
import org.offerfacts.web.PageMeta;
import org.offerfacts.web.Templates;
import org.offerfacts.web.ValueFormat;

/** Composing a question list from an offer's page, and the offer's lists with their questions' states. */
public final class AskPages {
  private final App app;
  private final Asking asking;

  public AskPages(App app, Asking asking) {
    this.app = app;
    this.asking = asking;
  }

  public record ComposePage(Offer offer, List<Candidates.Candidate> candidates, String language, LocalDate due,
      String error) {}

  /** A list with its questions as the offer's questions page shows it. */
  /** @param pending replies that came in by the mailbox and wait for review */
  public record ListView(QuestionList list, List<TrackedQuestion> questions, boolean linkLive, long unanswered,
      List<ReplyStore.StoredReply> pending) {}

  public record OfferQuestionsPage(Offer offer, List<ListView> lists, ValueFormat format, boolean canSend) {}

  public void compose(Context ctx) {
    Offer offer = offer(ctx, "id");
    render(ctx, offer, null, HttpStatus.OK);
  }

  public void create(Context ctx) {
    Offer offer = offer(ctx, "id");
    Asking.Created created;
    try {
      created = asking.create(offer.id(), ctx.formParams("attribute"), ctx.formParam("language"),
          date(ctx.formParam("due")), Auth.user(ctx).email());
    } catch (IllegalArgumentException e) {
      render(ctx, offer, e.getMessage(), HttpStatus.BAD_REQUEST);
      return;
    }
    app.accounts.audit.record(Auth.user(ctx).id(), "ask.create", created.list().reference(), offer.label());
    SendPages.show(ctx, asking, offer, created.list(), created.token(), false, null);
  }

  public void ofOffer(Context ctx) {
    Offer offer = offer(ctx, "id");
    List<ListView> views = asking.lists.ofOffer(offer.id()).stream().map(this::view).toList();
    PageMeta meta = PageMeta.of(ctx, offer.label(), offer.label());
    Templates.page(ctx, "askOffer.jte", meta, new OfferQuestionsPage(offer, views,
        new ValueFormat(app.catalog, meta.messages()), asking.mails.canSend()));
  }

  /** One list lives on its offer's questions page. */
  public void show(Context ctx) {
    QuestionList list = list(ctx);
    ctx.redirect("/offers/" + list.offerId() + "/questions#list-" + list.id(), HttpStatus.SEE_OTHER);
  }

  public void revoke(Context ctx) {
    QuestionList list = list(ctx);
    asking.lists.revoke(list.id());
    app.accounts.audit.record(Auth.user(ctx).id(), "ask.revoke", list.reference(), null);
    ctx.redirect("/offers/" + list.offerId() + "/questions#list-" + list.id(), HttpStatus.SEE_OTHER);
  }

  /** GET /ask/lists/{id}/questions.json: the list in the format {@code match-reply --questions} reads. */
  public void exportJson(Context ctx) {
    ctx.header("Content-Disposition", org.offerfacts.web.Downloads.attachment("questions-" + list(ctx).reference() + ".json"));
    ctx.json(QuestionSheetJson.of(asking.sheet(list(ctx))));
  }

  private ListView view(QuestionList list) {
    List<TrackedQuestion> questions = asking.questions(list);
    return new ListView(list, questions, list.linkLive(Asking.today()), questions.stream().filter(q -> !q.answered()).count(),
        asking.replies.pending(list.id()));
  }

  private void render(Context ctx, Offer offer, String error, HttpStatus status) {
    String title = Messages.of(Language.of(ctx)).t("ask.compose.title", offer.label());
    PageMeta meta = PageMeta.of(ctx, title, offer.label());
    String language = ctx.formParam("language") != null ? ctx.formParam("language") : meta.lang();
    LocalDate due = WorkingDays.after(Asking.today(), WorkingDays.DEFAULT_DELAY);
    ctx.status(status);
    Templates.page(ctx, "askCompose.jte", meta, new ComposePage(offer,
        Candidates.of(app.catalog, app.facts.ofOffers(List.of(offer.id()))), language, due, error));
  }

  Offer offer(Context ctx, String param) {
    return app.offers.find(id(ctx, param)).orElseThrow(() -> new NotFoundResponse("no such offer"));
  }

  QuestionList list(Context ctx) {
    return asking.lists.find(id(ctx, "id")).orElseThrow(() -> new NotFoundResponse("no such question list"));
  }

  static long id(Context ctx, String param) {
    try {
      return Long.parseLong(ctx.pathParam(param));
    } catch (NumberFormatException e) {
      throw new NotFoundResponse("not found");
    }
  }

  static LocalDate date(String text) {
    if (text == null || text.isBlank()) return WorkingDays.after(Asking.today(), WorkingDays.DEFAULT_DELAY);
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("a date is written YYYY-MM-DD, not: " + text);
    }
  }
}
