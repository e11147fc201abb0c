package org.offerfacts.web;

import gg.jte.Content;

/**
 * A page's body rendered earlier by a jte template (so already escaped), framed again for each
 * request: the frame holds who is signed in and their CSRF token, the body does not.
 */
public record RenderedBody(String title, String description, String html) {
  public Content content() {
    return output -> output.writeContent(html);
  }
}
