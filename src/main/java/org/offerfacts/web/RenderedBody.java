package org.offerfacts.web;

import gg.jte.Content;
import java.nio.charset.StandardCharsets;

/**
 * A page's body rendered earlier by a jte template (so already escaped), framed again for each
 * request: the frame holds who is signed in and their CSRF token, the body does not.
 *
 * @param digest the body's SHA-256, taken once when it is rendered, for the page's ETag
 */
public record RenderedBody(String title, String description, String html, byte[] utf8, String digest) {
  /** Where the body goes when the frame is rendered for bytes: see {@link Templates#pageAround}. */
  static final String SLOT = "\u0000offerfacts-body\u0000";

  public RenderedBody(String title, String description, String html) {
    this(title, description, html, html.getBytes(StandardCharsets.UTF_8));
  }

  private RenderedBody(String title, String description, String html, byte[] utf8) {
    this(title, description, html, utf8, EntityTag.digest(utf8));
  }

  public Content content() {
    return output -> output.writeContent(html);
  }

  /** A body that marks its place instead of writing itself, so the frame can be cut around it. */
  RenderedBody slot() {
    return new RenderedBody(title, description, SLOT, utf8, digest);
  }
}
