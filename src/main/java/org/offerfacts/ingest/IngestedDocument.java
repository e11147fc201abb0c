package org.offerfacts.ingest;

import java.util.List;

/**
 * A document after reading: where it came from, what it is, and its text. E-mails carry their
 * PDF and HTML attachments as documents of their own.
 *
 * @param source      the path or URL as the user gave it (attachments: "mail.eml#offer.pdf")
 * @param title       a human title: PDF title, HTML title, e-mail subject or file name
 * @param language    "fr" or "en" when the document declares it (HTML lang, headers), else null
 * @param mediaType   the detected media type, e.g. "application/pdf"
 * @param text        the extracted text
 * @param attachments documents found inside this one (e-mail attachments), read the same way
 */
public record IngestedDocument(
    String source,
    String title,
    String language,
    String mediaType,
    ExtractedText text,
    List<IngestedDocument> attachments) {
  public IngestedDocument {
    attachments = List.copyOf(attachments);
  }
}
