package org.offerfacts.ask;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.offerfacts.app.App;
import org.offerfacts.store.Offer;
import org.offerfacts.web.Auth;

/**
 * The JSON API of asking: create a list for an offer (its answer URL is in the answer, once),
 * read an offer's lists with their questions' states, and the overdue questions across suppliers.
 */
public final class AskApi {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> FIELDS = Set.of("attributes", "language", "due");

  private final App app;
  private final Asking asking;

  public AskApi(App app, Asking asking) {
    this.app = app;
    this.asking = asking;
  }

  /** POST /api/offers/{id}/question-lists {"attributes":["ipv6"],"language":"fr","due":"2026-12-10"} */
  public void create(Context ctx) {
    Offer offer = app.offers.find(AskPages.id(ctx, "id")).orElseThrow(() -> new NotFoundResponse("no such offer"));
    JsonNode body = body(ctx);
    List<String> attributes = new ArrayList<>();
    JsonNode list = body.get("attributes");
    if (list == null || !list.isArray()) throw new BadRequestResponse("attributes must be an array of attribute ids");
    for (JsonNode a : list) {
      if (!a.isTextual() || a.asText().length() > 100) throw new BadRequestResponse("attributes holds attribute ids");
      attributes.add(a.asText());
    }
    JsonNode language = body.get("language");
    JsonNode due = body.get("due");
    Asking.Created created = asking.create(offer.id(), attributes, language == null ? "en" : language.asText(),
        AskPages.date(due == null || due.isNull() ? null : due.asText()), Auth.user(ctx).email());
    app.accounts.audit.record(Auth.user(ctx).id(), "ask.create", created.list().reference(), offer.label());
    Map<String, Object> out = view(created.list());
    out.put("answer_url", ctx.scheme() + "://" + ctx.host() + "/answer/" + created.token());
    ctx.header("Location", "/api/offers/" + offer.id() + "/question-lists");
    ctx.status(201).json(out);
  }

  /** GET /api/offers/{id}/question-lists: the offer's lists, newest first, with their questions' states. */
  public void ofOffer(Context ctx) {
    Offer offer = app.offers.find(AskPages.id(ctx, "id")).orElseThrow(() -> new NotFoundResponse("no such offer"));
    ctx.json(Map.of("question_lists", asking.lists.ofOffer(offer.id()).stream().map(this::view).toList()));
  }

  /** GET /api/questions/overdue */
  public void overdue(Context ctx) {
    List<QuestionList> lists = asking.lists.all();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Overdue o : Overdue.of(lists, asking.lists.questionsOf(lists, Asking.today()), app.offers.all())) {
      Map<String, Object> q = question(o.question());
      q.put("list_id", o.list().id());
      q.put("reference", o.list().reference());
      q.put("offer_id", o.offer().id());
      q.put("supplier", o.offer().supplier());
      q.put("due", o.list().due().toString());
      out.add(q);
    }
    ctx.json(Map.of("questions", out));
  }

  private Map<String, Object> view(QuestionList list) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", list.id());
    out.put("offer_id", list.offerId());
    out.put("reference", list.reference());
    out.put("language", list.language());
    out.put("due", list.due().toString());
    out.put("sent_at", list.sentAt());
    out.put("sent_how", list.sentHow());
    out.put("link_live", list.linkLive(Asking.today()));
    out.put("link_expires", list.linkExpires().toString());
    out.put("questions", asking.questions(list).stream().map(AskApi::question).toList());
    return out;
  }

  private static Map<String, Object> question(TrackedQuestion q) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("n", q.n());
    out.put("attribute", q.attribute());
    out.put("text", q.text());
    out.put("state", q.state().id());
    out.put("promised_by", q.promisedBy() == null ? null : q.promisedBy().toString());
    out.put("answered_at", q.answeredAt());
    out.put("answer_fact_id", q.answerFactId());
    return out;
  }

  private static JsonNode body(Context ctx) {
    if (ctx.contentType() == null || !ctx.contentType().startsWith("application/json")) {
      throw new io.javalin.http.UnsupportedMediaTypeResponse("send application/json");
    }
    if (ctx.contentLength() > 64 * 1024) throw new io.javalin.http.ContentTooLargeResponse("the body is over 64 KiB");
    JsonNode node;
    try {
      node = JSON.readTree(ctx.bodyAsBytes());
    } catch (IOException e) {
      throw new BadRequestResponse("the body is not JSON");
    }
    if (node == null || !node.isObject()) throw new BadRequestResponse("the body must be a JSON object");
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) throw new BadRequestResponse("unknown field " + name + "; allowed: attributes, language, due");
    }
    return node;
  }
}
