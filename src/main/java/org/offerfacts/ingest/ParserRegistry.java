package org.offerfacts.ingest;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the parser for a media type, one parser per format behind {@link DocumentParser}, as
 * Apache Tika and Paperless-ngx do. Immutable; shared by every request.
 */
public final class ParserRegistry {

  private final Map<String, DocumentParser> byMediaType;

  public ParserRegistry(List<DocumentParser> parsers) {
    Map<String, DocumentParser> map = new LinkedHashMap<>();
    for (DocumentParser parser : parsers) {
      for (String type : parser.mediaTypes()) {
        if (map.putIfAbsent(type, parser) != null) throw new IllegalArgumentException("two parsers for " + type);
      }
    }
    this.byMediaType = Map.copyOf(map);
  }

  /** PDF, HTML, plain text and e-mail; e-mail attachments are read with the other three. */
  public static ParserRegistry standard() {
    ParserRegistry documents = new ParserRegistry(List.of(new PdfParser(), new HtmlParser(), new PlainTextParser()));
    return new ParserRegistry(List.of(new PdfParser(), new HtmlParser(), new PlainTextParser(), new EmailParser(documents)));
  }

  public Optional<DocumentParser> parserFor(String mediaType) {
    return Optional.ofNullable(byMediaType.get(MediaTypes.baseType(mediaType)));
  }

  /**
   * Detects the type from the bytes, parses, and gives the document a title when the format had
   * none (file name, else the last segment of a URL, else the source itself).
   */
  public IngestedDocument read(DocumentSource source, IngestLimits limits) throws IngestException {
    String type = MediaTypes.detect(source.bytes(), source.declaredType(), source.fileName());
    DocumentParser parser = parserFor(type).orElseThrow(() -> new IngestException(
        IngestException.Reason.UNSUPPORTED_TYPE, "not a supported document type (" + type + " detected)"));
    IngestedDocument document = parser.parse(source, limits);
    if (document.title() != null && !document.title().isBlank()) return document;
    return new IngestedDocument(document.source(), fallbackTitle(source), document.language(),
        document.mediaType(), document.text(), document.attachments());
  }

  static String fallbackTitle(DocumentSource source) {
    if (source.fileName() != null && !source.fileName().isBlank()) return source.fileName();
    String segment = lastPathSegment(source.source());
    return segment != null ? segment : source.source();
  }

  /** "https://acme.fr/offres/fibre-pro.pdf?v=2" → "fibre-pro.pdf"; null without a usable path. */
  static String lastPathSegment(String location) {
    if (location == null) return null;
    String path;
    try {
      URI uri = URI.create(location.strip());
      path = uri.getPath();
    } catch (IllegalArgumentException e) {
      path = location; // a file path with spaces or backslashes is not a URI
    }
    if (path == null) return null;
    String trimmed = path.replace('\\', '/').replaceAll("/+$", "");
    String segment = trimmed.substring(trimmed.lastIndexOf('/') + 1);
    return segment.isBlank() ? null : segment;
  }
}
