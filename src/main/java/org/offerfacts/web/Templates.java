package org.offerfacts.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
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

  public static void page(Context ctx, String template, PageMeta meta, Object page) {
    ctx.contentType("text/html; charset=utf-8").result(render(template, meta, page));
  }
}
