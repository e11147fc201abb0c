package org.offerfacts.api;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/** Ids in API paths: a positive whole number, or the thing does not exist (404). */
final class PathIds {
  private PathIds() {}

  static long id(Context ctx) {
    String text = ctx.pathParam("id");
    if (!text.matches("[1-9][0-9]{0,17}")) throw new NotFoundResponse("no such id: " + abbreviate(text));
    return Long.parseLong(text);
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
