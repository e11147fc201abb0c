package org.offerfacts.ask;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.offerfacts.reply.Answer;
import org.offerfacts.verify.Evidence;

/**
 * What a supplier typed on their page, read and checked at the edge: who they are, and per
 * question a kind (yes, no, a value, not known yet), a date for promises, a comment, and a URL or
 * a file as evidence. Lines left blank answer nothing.
 */
record AnswerForm(String name, String email, List<Line> lines) {
  static final long MAX_FILE = 20L * 1024 * 1024;
  static final int MAX_COMMENT = 2000;

  /** One question's answer, with its own evidence. */
  record Line(Answer answer, String comment, String url, Evidence.Attachment file) {}

  static AnswerForm read(Context ctx, List<TrackedQuestion> questions) throws IOException {
    String name = text(ctx.formParam("name"), 200, "your name");
    String email = text(ctx.formParam("email"), 254, "your e-mail address");
    if (name == null) throw new IllegalArgumentException("your name is required");
    if (email == null || !email.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+")) {
      throw new IllegalArgumentException("a valid e-mail address is required");
    }
    List<Line> lines = new ArrayList<>();
    for (TrackedQuestion q : questions) {
      String kind = ctx.formParam("kind_" + q.n());
      if (kind == null || kind.isBlank()) continue;
      Answer answer = answer(q, kind, ctx.formParam("value_" + q.n()), ctx.formParam("by_" + q.n()), null);
      if (answer.promisedBy() != null && answer.promisedBy().isBefore(Asking.today())) {
        throw new IllegalArgumentException("question " + q.n() + ": the date you will answer by is in the past");
      }
      String url = text(ctx.formParam("url_" + q.n()), 2000, "a link");
      if (url != null && !url.matches("(?i)https?://[^\\s\\p{Cntrl}]+")) {
        throw new IllegalArgumentException("question " + q.n() + ": a link starts with http:// or https://");
      }
      lines.add(new Line(answer, text(ctx.formParam("comment_" + q.n()), MAX_COMMENT, "a comment"), url,
          file(ctx.uploadedFile("file_" + q.n()))));
    }
    return new AnswerForm(name, email, lines);
  }

  /** One line of a form: the supplier's page, or the review of an imported reply (which adds the quote). */
  static Answer answer(TrackedQuestion q, String kind, String value, String by, String quote) {
    return switch (kind) {
      case "yes" -> new Answer(q.n(), q.attribute(), Answer.Kind.YES, true, null, quote);
      case "no" -> new Answer(q.n(), q.attribute(), Answer.Kind.NO, false, null, quote);
      case "value" -> {
        String v = text(value, 500, "a value");
        if (v == null) throw new IllegalArgumentException("question " + q.n() + ": type the value");
        yield new Answer(q.n(), q.attribute(), Answer.Kind.VALUE, v, null, quote);
      }
      case "unknown" -> {
        LocalDate date = by == null || by.isBlank() ? null : AskPages.date(by);
        yield new Answer(q.n(), q.attribute(), date == null ? Answer.Kind.UNKNOWN : Answer.Kind.PROMISED, null, date, quote);
      }
      default -> throw new IllegalArgumentException("question " + q.n() + ": unknown answer " + kind);
    };
  }

  /** The note each fact carries: who answered, where, and what they added. */
  String note(Line line) {
    StringBuilder note = new StringBuilder("answered by " + name + " <" + email + "> on the supplier page");
    if (line.comment() != null) note.append("\n").append(line.comment());
    if (line.url() != null) note.append("\n").append(line.url());
    return note.toString();
  }

  private static String text(String value, int max, String what) {
    if (value == null || value.isBlank()) return null;
    String t = value.strip();
    if (t.length() > max) throw new IllegalArgumentException(what + " has at most " + max + " characters");
    return t;
  }

  private static Evidence.Attachment file(UploadedFile file) throws IOException {
    if (file == null || file.size() == 0) return null;
    if (file.size() > MAX_FILE) throw new IllegalArgumentException(file.filename() + " is larger than 20 MiB");
    try (InputStream in = file.content()) {
      return new Evidence.Attachment(org.offerfacts.web.OfferPages.safeName(file.filename()),
          file.contentType() == null ? "application/octet-stream" : file.contentType(), in.readNBytes((int) MAX_FILE));
    }
  }
}
