package org.offerfacts.web;

import gg.jte.Content;

/**
 * A page's body rendered earlier by a jte template (so already escaped), framed again for each
 * request: the frame holds who is signed in and their CSRF token, the body does not.
 */
public record RenderedBody(String title, String description, String html, byte[] utf8) {
  /** Where the body goes when the frame is rendered for bytes: see {@link Templates#pageAround}. */
  static final String SLOT = "\u0000offerfacts-body\u0000";

  public RenderedBody(String title, String description, String html) {
    this(title, description, html, html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  public Content content() {
    return output -> output.writeContent(html);
  }

  /** A body that marks its place instead of writing itself, so the frame can be cut around it. */
  RenderedBody slot() {
    return new RenderedBody(title, description, SLOT, utf8);
  }
}
