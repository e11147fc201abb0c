package org.offerfacts.ingest;

import java.util.List;
import java.util.Set;

/**
 * Reads plain text and Markdown as one page. Markdown stays as written: its marks ("#", "**",
 * "|") are few and quotes must match what the supplier wrote.
 */
public final class PlainTextParser implements DocumentParser {

  /** A first line longer than this is a paragraph, not a title. */
  private static final int MAX_TITLE_LENGTH = 120;

  @Override
  public Set<String> mediaTypes() {
    return Set.of(MediaTypes.TEXT);
  }

  @Override
  public IngestedDocument parse(DocumentSource source, IngestLimits limits) throws IngestException {
    if (source.bytes().length > limits.maxBytes()) {
      throw new IngestException(IngestException.Reason.TOO_LARGE,
          "the text is " + Sizes.describe(source.bytes().length) + ", above the limit of " + Sizes.describe(limits.maxBytes()));
    }
    String text = TextNormalizer.normalize(TextDecoding.decode(source.bytes()));
    List<String> warnings = text.isBlank() ? List.of("the document contains no text") : List.of();
    return new IngestedDocument(source.source(), title(text, source.fileName()), null, MediaTypes.TEXT,
        new ExtractedText(List.of(new Page(1, text)), warnings, true), List.of());
  }

  /** The first non-blank line without Markdown heading marks, if short; else the file name. */
  static String title(String text, String fileName) {
    String firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
    String title = firstLine.replaceFirst("^\\s*#{1,6}\\s+", "").strip();
    if (!title.isEmpty() && title.length() < MAX_TITLE_LENGTH) return title;
    return fileName;
  }
}
