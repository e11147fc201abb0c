package org.offerfacts.ask;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.mail.MessagingException;
import java.util.List;
import org.offerfacts.app.App;
import org.offerfacts.store.Offer;
import org.offerfacts.web.Auth;
import org.offerfacts.web.Language;
import org.offerfacts.web.Messages;
import org.offerfacts.web.PageMeta;
import org.offerfacts.web.Templates;
import org.offerfacts.web.ValueFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sending a list: the page that offers the mailto link, the .eml and SMTP, and those actions.
 * The supplier's token exists only on this page (we keep its digest), so the .eml and SMTP forms
 * carry it back; a reminder or a new link makes a fresh one.
 */
public final class SendPages {
  private static final Logger log = LoggerFactory.getLogger(SendPages.class);

  private final App app;
  private final Asking asking;
  private final AskPages pages;

  public SendPages(App app, Asking asking, AskPages pages) {
    this.app = app;
    this.asking = asking;
    this.pages = pages;
  }

  public record SendPage(Offer offer, QuestionList list, List<TrackedQuestion> questions, String token, String link,
      Letter letter, Mailto mailto, boolean reminder, boolean canSend, String notice, ValueFormat format) {}

  /** POST /ask/lists/{id}/link (reminder=1 for only the unanswered questions): a fresh link and the send page. */
  public void newLink(Context ctx) {
    QuestionList list = pages.list(ctx);
    boolean reminder = "1".equals(ctx.formParam("reminder"));
    String token = asking.newLink(list);
    app.accounts.audit.record(Auth.user(ctx).id(), reminder ? "ask.reminder" : "ask.link", list.reference(), null);
    show(ctx, asking, app.offers.find(list.offerId()).orElseThrow(), asking.lists.find(list.id()).orElseThrow(), token,
        reminder, null);
  }

  public void eml(Context ctx) {
    QuestionList list = pages.list(ctx);
    Letter letter = letter(ctx, list);
    asking.lists.markSent(list.id(), "eml");
    ctx.header("Content-Disposition", org.offerfacts.web.Downloads.attachment(list.reference() + ".eml"));
    ctx.contentType("message/rfc822").result(asking.mails.eml(letter, messageId(ctx, list)));
  }

  public void smtp(Context ctx) {
    QuestionList list = pages.list(ctx);
    Letter letter = letter(ctx, list);
    Messages words = Messages.of(Language.of(ctx));
    String notice;
    try {
      asking.mails.send(letter, messageId(ctx, list));
      asking.lists.markSent(list.id(), "smtp");
      app.accounts.audit.record(Auth.user(ctx).id(), "ask.send", list.reference(), letter.to());
      notice = words.t("ask.send.sent", letter.to());
    } catch (MessagingException | IllegalStateException e) {
      log.warn("sending {} to {} failed", list.reference(), letter.to(), e);
      ctx.status(HttpStatus.BAD_GATEWAY);
      notice = words.t("ask.send.failed", String.valueOf(e.getMessage()));
    }
    show(ctx, asking, app.offers.find(list.offerId()).orElseThrow(), list, ctx.formParam("token"),
        "1".equals(ctx.formParam("reminder")), notice);
  }

  static void show(Context ctx, Asking asking, Offer offer, QuestionList list, String token, boolean reminder,
      String notice) {
    Messages words = Messages.of(Language.of(ctx));
    PageMeta meta = PageMeta.of(ctx, words.t("ask.send.title", list.reference()), offer.label());
    String link = meta.baseUrl() + "/answer/" + token;
    String to = ctx.formParam("to");
    Letter letter = asking.letter(list, offer, reminder, to, link);
    Letter brief = asking.letters.write(list, offer, List.of(), to, link, reminder);
    List<TrackedQuestion> asked = asking.questions(list).stream().filter(q -> !reminder || !q.answered()).toList();
    Templates.page(ctx, "askSend.jte", meta, new SendPage(offer, list, asked, token, link, letter,
        Mailto.of(letter, brief.body()), reminder, asking.mails.canSend(), notice,
        new ValueFormat(asking.app.catalog, meta.messages())));
  }

  /** The letter again, from the token the send page handed over; a wrong token is refused. */
  private Letter letter(Context ctx, QuestionList list) {
    String token = ctx.formParam("token");
    if (!SupplierLink.wellFormed(token) || !asking.lists.byLinkDigest(SupplierLink.digest(token))
        .map(l -> l.id() == list.id()).orElse(false)) {
      throw new BadRequestResponse("this link was replaced or revoked: make a new one from the list");
    }
    String to = ctx.formParam("to");
    if (to != null && to.length() > 320) throw new BadRequestResponse("the address is too long");
    String base = ctx.scheme() + "://" + ctx.host();
    return asking.letter(list, app.offers.find(list.offerId()).orElseThrow(), "1".equals(ctx.formParam("reminder")),
        to, base + "/answer/" + token);
  }

  /** The first mail is the list's own Message-ID; reminders get their own. */
  private static String messageId(Context ctx, QuestionList list) {
    if (!"1".equals(ctx.formParam("reminder"))) return list.messageId();
    return "<" + org.offerfacts.accounts.Secrets.random().substring(0, 20) + ".reminder@offerfacts>";
  }
}
