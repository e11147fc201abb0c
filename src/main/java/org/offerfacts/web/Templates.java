package org.offerfacts.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renders the jte templates of {@code web/templates}, compiled at build time. Every template
 * takes the page frame ({@code meta}) and one typed page record ({@code page}); output is
 * HTML-escaped by jte unless a template says otherwise, which none of ours does for data.
 */
public final class Templates {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Templates() {}

  public static String render(String template, PageMeta meta, Object page) {
    StringOutput out = new StringOutput();
    ENGINE.render(template, Map.of("meta", meta, "page", page), out);
    return out.toString();
  }

  /**
   * Renders the frame of {@code template} around a body rendered earlier, without copying or
   * encoding the body again: the frame is rendered with a slot, cut there, and the body's cached
   * bytes go between its two halves.
   */
  public static void pageAround(Context ctx, String template, PageMeta meta, RenderedBody body) {
    String frame = render(template, meta, body.slot());
    int at = frame.indexOf(RenderedBody.SLOT);
    byte[] head = frame.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] tail = frame.substring(at + RenderedBody.SLOT.length()).getBytes(StandardCharsets.UTF_8);
    ctx.contentType("text/html; charset=utf-8");
    if (EntityTag.notModified(ctx, body.digest(), head, tail)) return;
    // Streamed from the three arrays as they are: copying a half-megabyte view into one array
    // per request made garbage at the rate the page was served.
    // No Content-Length of ours: with gzip asked for, Javalin compresses and the length is another.
    ctx.result(new SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(
        new ByteArrayInputStream(head), new ByteArrayInputStream(body.utf8()), new ByteArrayInputStream(tail)))));
  }

  public static void page(Context ctx, String template, PageMeta meta, Object page) {
    ctx.contentType("text/html; charset=utf-8").result(render(template, meta, page));
  }
}
