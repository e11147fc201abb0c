package org.offerfacts.ingest;

/**
 * Caps applied while reading untrusted documents. Defaults are documented in the README.
 *
 * @param maxBytes      largest document accepted, in bytes
 * @param maxPages      most PDF pages read
 * @param maxHtmlBytes  largest HTML accepted
 * @param maxHtmlDepth  deepest element nesting read from HTML
 * @param maxAttachments most e-mail attachments read
 */
public record IngestLimits(long maxBytes, int maxPages, long maxHtmlBytes, int maxHtmlDepth, int maxAttachments) {
  public static final IngestLimits DEFAULT =
      new IngestLimits(50L * 1024 * 1024, 2_000, 10L * 1024 * 1024, 512, 20);
}
