package org.offerfacts.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The readable text of an HTML page: main content only, one line per heading, paragraph, list
 * item, table row ("IPv6 | Oui") and definition ("Débit | 1 Gbit/s"). The walk is jsoup's
 * iterative traversal, never recursion, so hostile nesting cannot overflow the stack.
 */
final class HtmlText {

  private static final Set<String> PARAGRAPH_BLOCKS = Set.of(
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre",
      "figure", "hr", "address", "fieldset", "details", "menu");
  private static final Set<String> LINE_BLOCKS = Set.of(
      "div", "section", "article", "main", "header", "footer", "li", "tr", "dt", "dd", "caption",
      "figcaption", "summary", "center", "body", "html", "tbody", "thead", "tfoot", "legend");

  /** Text length that makes a lone main/article the page's content whatever surrounds it. */
  private static final int MAIN_CONTENT_MIN_CHARS = 500;

  private HtmlText() {}

  /** The text of the page's main content, normalised. */
  static String of(Document document, int maxDepth) {
    Element root = mainContent(document);
    BlockWalker walker = new BlockWalker(root, maxDepth);
    NodeTraversor.filter(walker, root);
    return TextNormalizer.normalize(walker.text.build());
  }

  /**
   * The single {@code <main>} or {@code <article>} when the page has one, else the body. A lone
   * element holding a small part of the page's text (a testimonial marked up as an article on a
   * product page) is not the main content: reading only it would silently drop the offer.
   */
  static Element mainContent(Document document) {
    Element body = document.body() != null ? document.body() : document;
    var mains = document.select("main, [role=main]");
    if (mains.size() == 1 && holdsMuchOf(mains.first(), body)) return mains.first();
    var articles = document.select("article");
    if (articles.size() == 1 && holdsMuchOf(articles.first(), body)) return articles.first();
    return body;
  }

  private static boolean holdsMuchOf(Element candidate, Element body) {
    int length = candidate.text().length();
    return length >= MAIN_CONTENT_MIN_CHARS || 4L * length >= body.text().length();
  }

  /** Turns elements into breaks and separators as the walk enters and leaves them. */
  private static final class BlockWalker implements NodeFilter {
    private final BlockTextBuilder text = new BlockTextBuilder();
    private final Element root;
    private final int maxDepth;
    private int preDepth;
    /** Inside a table cell or list item blocks do not break lines; nested tables reset it. */
    private int cellDepth;
    private final Deque<Integer> cellDepthsOutsideTables = new ArrayDeque<>();

    BlockWalker(Element root, int maxDepth) {
      this.root = root;
      this.maxDepth = maxDepth;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (depth > maxDepth) return FilterResult.SKIP_ENTIRELY;
      if (node instanceof TextNode textNode) {
        if (preDepth > 0) text.preformatted(textNode.getWholeText());
        else text.text(textNode.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element element)) return FilterResult.CONTINUE;
      if (element != root && PageChrome.isChrome(element)) return FilterResult.SKIP_ENTIRELY;
      enter(element.normalName(), element);
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element) leave(element.normalName());
      return FilterResult.CONTINUE;
    }

    private void enter(String name, Element element) {
      switch (name) {
        case "br" -> {
          if (cellDepth > 0) text.space();
          else text.lineBreak();
        }
        case "table" -> {
          blockBreak(true);
          cellDepthsOutsideTables.push(cellDepth);
          cellDepth = 0;
        }
        case "tr" -> text.lineBreak();
        case "td", "th" -> {
          text.separator(" | ");
          cellDepth++;
        }
        case "li" -> {
          text.linePrefix("- ");
          cellDepth++;
        }
        case "dt" -> {
          text.lineBreak();
          cellDepth++;
        }
        case "dd" -> {
          Element previous = element.previousElementSibling();
          if (previous != null && (previous.normalName().equals("dt") || previous.normalName().equals("dd"))) {
            text.separator(" | ");
          } else {
            text.lineBreak();
          }
          cellDepth++;
        }
        case "pre" -> {
          blockBreak(true);
          preDepth++;
        }
        default -> blockBreakFor(name);
      }
    }

    private void leave(String name) {
      switch (name) {
        case "table" -> {
          cellDepth = cellDepthsOutsideTables.isEmpty() ? 0 : cellDepthsOutsideTables.pop();
          blockBreak(true);
        }
        case "tr" -> text.lineBreak();
        case "td", "th", "dt" -> {
          cellDepth = Math.max(0, cellDepth - 1);
          text.space(); // the next cell or definition follows on the same line
        }
        case "li", "dd" -> {
          cellDepth = Math.max(0, cellDepth - 1);
          text.lineBreak();
        }
        case "pre" -> {
          preDepth = Math.max(0, preDepth - 1);
          blockBreak(true);
        }
        default -> blockBreakFor(name);
      }
    }

    private void blockBreakFor(String name) {
      if (PARAGRAPH_BLOCKS.contains(name)) blockBreak(true);
      else if (LINE_BLOCKS.contains(name)) blockBreak(false);
    }

    /** Inside a cell, item or definition a block only separates words; elsewhere it breaks. */
    private void blockBreak(boolean paragraph) {
      if (cellDepth > 0) {
        text.space();
      } else if (paragraph) {
        text.paragraphBreak();
      } else {
        text.lineBreak();
      }
    }
  }
}
