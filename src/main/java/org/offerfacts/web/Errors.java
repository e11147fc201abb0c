package org.offerfacts.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error is answered here, in one shape: JSON {@code {"error": "...", "status": n}} under
 * {@code /api}, an HTML page elsewhere. Internal errors are logged and never show their
 * details to the visitor.
 */
public final class Errors {
  private static final Logger log = LoggerFactory.getLogger(Errors.class);

  private Errors() {}

  static void install(RoutesConfig routes) {
    routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), e.getMessage()));
    routes.exception(IllegalArgumentException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
    routes.exception(Exception.class, (e, ctx) -> {
      // A multipart body that cannot be parsed may first be read by any handler (the CSRF check
      // reads its token from the form): wherever it fails, it is the client's 400 or 413.
      HttpResponseException refusal = ctx.isMultipartFormData() ? MultipartFailure.answerFor(e) : null;
      if (refusal != null) {
        answer(ctx, refusal.getStatus(), refusal.getMessage());
        return;
      }
      log.error("{} {} failed", ctx.method(), ctx.path(), e);
      answer(ctx, 500, "internal error");
    });
    routes.error(404, "*", ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().equals("Endpoint " + ctx.method() + " " + ctx.path() + " not found")) {
        answer(ctx, 404, "not found");
      }
    });
  }

  static void answer(Context ctx, int status, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
      ctx.json(Map.of("error", message == null ? "error" : message, "status", status));
      return;
    }
    PageMeta meta = PageMeta.of(ctx, "Error " + status, message);
    Templates.page(ctx, "error.jte", meta, new ErrorPage(status, message));
    ctx.status(status);
  }

  /** What the error page shows. */
  public record ErrorPage(int status, String message) {}
}
