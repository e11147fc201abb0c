package org.offerfacts.ask;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.offerfacts.app.App;
import org.offerfacts.reply.Answer;
import org.offerfacts.reply.ReplyMatcher;
import org.offerfacts.reply.ReplyText;
import org.offerfacts.store.Offer;
import org.offerfacts.web.Language;
import org.offerfacts.web.Messages;
import org.offerfacts.web.PageMeta;
import org.offerfacts.web.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Importing a supplier's reply in two steps: the pasted text or the .eml is kept and read by the
 * matcher, and a review screen shows, per question, what was found; only what the user confirms
 * is recorded (see {@link ReplyConfirmation}).
 */
public final class ReplyPages {
  private static final Logger log = LoggerFactory.getLogger(ReplyPages.class);
  static final int MAX_TEXT = 200_000;

  private final App app;
  private final Asking asking;
  private final AskPages pages;

  public ReplyPages(App app, Asking asking, AskPages pages) {
    this.app = app;
    this.asking = asking;
    this.pages = pages;
  }

  public record ReplyFormPage(Offer offer, QuestionList list, String error) {}

  public record ReviewPage(Offer offer, QuestionList list, long replyId, String from, String text, LocalDate date,
      List<ReviewLine> lines, boolean matcherFailed) {}

  public void form(Context ctx) {
    QuestionList list = pages.list(ctx);
    renderForm(ctx, list, null);
  }

  public void read(Context ctx) throws IOException {
    QuestionList list = pages.list(ctx);
    Received received;
    try {
      received = received(ctx);
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      renderForm(ctx, list, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      return;
    }
    LocalDate date = received.reply.date() != null ? received.reply.date() : dateOr(ctx.formParam("date"));
    long replyId = asking.replies.add(list.id(), received.from, received.raw, received.mediaType, received.reply.text());
    renderReview(ctx, list, replyId, received.from, received.reply.text(), date);
  }

  /** A reply that came in by the mailbox and waits: the same review, read again from its text. */
  public void review(Context ctx) {
    QuestionList list = pages.list(ctx);
    long replyId;
    try {
      replyId = Long.parseLong(ctx.pathParam("reply"));
    } catch (NumberFormatException e) {
      throw new io.javalin.http.NotFoundResponse("no such reply");
    }
    ReplyStore.StoredReply reply = asking.replies.find(list.id(), replyId)
        .filter(r -> !r.confirmed())
        .orElseThrow(() -> new io.javalin.http.NotFoundResponse("no such reply waiting for review"));
    renderReview(ctx, list, reply.id(), reply.from(), reply.text(), LocalDate.parse(reply.receivedAt().substring(0, 10)));
  }

  private void renderReview(Context ctx, QuestionList list, long replyId, String from, String text, LocalDate date) {
    boolean failed = false;
    List<Answer> found;
    try {
      found = new ReplyMatcher(app.catalog).match(asking.sheet(list), text, date);
    } catch (RuntimeException e) {
      log.warn("matching a reply to {} failed", list.reference(), e);
      found = List.of();
      failed = true;
    }
    Messages words = Messages.of(Language.of(ctx));
    PageMeta meta = PageMeta.of(ctx, words.t("ask.review.title", list.reference()), "");
    Templates.page(ctx, "askReview.jte", meta, new ReviewPage(offer(list), list, replyId, from, text, date,
        ReviewLine.of(asking.questions(list), found), failed));
  }

  private record Received(ReplyText reply, byte[] raw, String mediaType, String from) {}

  private static Received received(Context ctx) throws IOException {
    UploadedFile file = ctx.uploadedFile("eml");
    if (file != null && file.size() > 0) {
      if (file.size() > AnswerForm.MAX_FILE) throw new IllegalArgumentException("the e-mail is larger than 20 MiB");
      byte[] raw;
      try (InputStream in = file.content()) {
        raw = in.readNBytes((int) AnswerForm.MAX_FILE);
      }
      return new Received(ReplyText.fromEml(raw), raw, "message/rfc822", EmlParts.from(raw));
    }
    String text = ctx.formParam("text");
    if (text == null || text.isBlank()) throw new IllegalArgumentException("paste the reply's text or choose its .eml file");
    if (text.length() > MAX_TEXT) throw new IllegalArgumentException("a pasted reply has at most 200,000 characters");
    String from = ctx.formParam("from");
    if (from != null && from.length() > 254) throw new IllegalArgumentException("the sender's address is too long");
    return new Received(ReplyText.pasted(text), text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8",
        from == null || from.isBlank() ? null : from.strip());
  }

  private void renderForm(Context ctx, QuestionList list, String error) {
    Messages words = Messages.of(Language.of(ctx));
    PageMeta meta = PageMeta.of(ctx, words.t("ask.reply.title", list.reference()), "");
    Templates.page(ctx, "askReply.jte", meta, new ReplyFormPage(offer(list), list, error));
  }

  private static LocalDate dateOr(String text) {
    return text == null || text.isBlank() ? Asking.today() : AskPages.date(text);
  }

  private Offer offer(QuestionList list) {
    return app.offers.find(list.offerId()).orElseThrow(() -> new NotFoundResponse("no such offer"));
  }
}
