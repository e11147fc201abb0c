package org.offerfacts.ingest;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads an HTML page as one page of text: its main content with block structure kept, its
 * title and its declared language. Nothing is fetched and no script runs: jsoup only parses.
 */
public final class HtmlParser implements DocumentParser {

  static final String NO_TEXT_WARNING =
      "no text found: the page may build its content with JavaScript, which is not run";

  @Override
  public Set<String> mediaTypes() {
    return Set.of(MediaTypes.HTML);
  }

  @Override
  public IngestedDocument parse(DocumentSource source, IngestLimits limits) throws IngestException {
    byte[] bytes = source.bytes();
    if (bytes.length > limits.maxHtmlBytes()) {
      throw new IngestException(IngestException.Reason.TOO_LARGE,
          "the HTML page is " + Sizes.describe(bytes.length) + ", above the limit of " + Sizes.describe(limits.maxHtmlBytes()));
    }
    Charset charset = HtmlCharset.detect(bytes, source.declaredType());
    Document document = parseDocument(TextDecoding.decodeWith(bytes, charset), limits);
    String text = HtmlText.of(document, limits.maxHtmlDepth());
    List<String> warnings = text.isBlank() ? List.of(NO_TEXT_WARNING) : List.of();
    ExtractedText extracted = new ExtractedText(List.of(new Page(1, text)), warnings, true);
    return new IngestedDocument(source.source(), title(document), Languages.frOrEn(document.select("html").attr("lang")),
        MediaTypes.HTML, extracted, List.of());
  }

  /**
   * The text of an HTML string (an e-mail's HTML body) as this parser would read it.
   *
   * @throws IngestException TOO_LARGE above {@link IngestLimits#maxHtmlBytes()} characters
   */
  public static String textOf(String html, IngestLimits limits) throws IngestException {
    if (html.length() > limits.maxHtmlBytes()) {
      throw new IngestException(IngestException.Reason.TOO_LARGE, "the HTML body is too large to read");
    }
    return HtmlText.of(parseDocument(html, limits), limits.maxHtmlDepth());
  }

  /** jsoup caps nesting itself; deeper elements are attached at the cap instead of dropped. */
  private static Document parseDocument(String html, IngestLimits limits) {
    Parser parser = Parser.htmlParser().setMaxDepth(Math.max(1, limits.maxHtmlDepth()));
    return Jsoup.parse(html, "", parser);
  }

  /** The {@code <title>}, else the first {@code <h1>}, else null. */
  private static String title(Document document) {
    String title = TextNormalizer.normalize(document.title()).strip();
    if (!title.isEmpty()) return title;
    Element h1 = document.selectFirst("h1");
    if (h1 == null) return null;
    String heading = TextNormalizer.normalize(h1.text()).strip();
    return heading.isEmpty() ? null : heading;
  }
}
