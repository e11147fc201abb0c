package org.offerfacts.reply;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML-only reply as a mail client would show it in plain text: one line per
 * block, and the lines of a blockquote prefixed with "&gt; " per level, so that the quoted question
 * list stays apart from the supplier's answers. Jsoup's traversal is iterative: deep nesting
 * cannot overflow the stack.
 */
final class HtmlReplyText {
  private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5",
      "h6", "ul", "ol", "table", "blockquote", "pre", "hr", "section", "article", "header", "footer", "dd", "dt");

  private HtmlReplyText() {}

  static String of(String html) {
    Element body = Jsoup.parse(html).body();
    body.select("script, style, head, title").remove();
    Writer writer = new Writer();
    NodeTraversor.traverse(writer, body);
    return writer.out.toString().replaceAll("(?m)[ \\t]+$", "").replaceAll("\\n{3,}", "\n\n").strip();
  }

  private static final class Writer implements NodeVisitor {
    private final StringBuilder out = new StringBuilder();
    private int quoteDepth;
    private boolean lineStart = true;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        write(text.text());
      } else if (node instanceof Element element) {
        if (BLOCKS.contains(element.normalName())) newLine();
        if (element.normalName().equals("blockquote")) quoteDepth++;
        if (element.normalName().equals("li")) write("- ");
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
        if (element.normalName().equals("blockquote")) quoteDepth--;
        newLine();
      }
    }

    private void write(String text) {
      String collapsed = text.replace('\u00A0', ' ').replaceAll("\\s+", " ");
      if (lineStart) {
        collapsed = collapsed.stripLeading();
        if (collapsed.isEmpty()) return;
        out.append("> ".repeat(quoteDepth));
        lineStart = false;
      }
      out.append(collapsed);
    }

    private void newLine() {
      if (!lineStart) out.append('\n');
      lineStart = true;
    }
  }
}
