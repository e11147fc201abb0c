package org.offerfacts.ask;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A {@code mailto:} link that opens the reader's own mail program with the letter filled in
 * (RFC 6068: UTF-8 percent-encoded, spaces as %20, line breaks as %0D%0A). Some mail programs and
 * browsers cut long links, so past {@link #MAX_LENGTH} characters the body is replaced by the
 * short version, and the page says so.
 *
 * @param shortened true when the full letter did not fit and only the short version is in the link
 */
public record Mailto(String href, boolean shortened) {
  public static final int MAX_LENGTH = 1800;

  /** The full letter, or {@code shortBody} instead of its body when the full one is too long. */
  public static Mailto of(Letter letter, String shortBody) {
    String full = href(letter.to(), letter.subject(), letter.body());
    if (full.length() <= MAX_LENGTH) return new Mailto(full, false);
    return new Mailto(href(letter.to(), letter.subject(), shortBody), true);
  }

  static String href(String to, String subject, String body) {
    String address = to == null ? "" : encode(to).replace("%40", "@");
    return "mailto:" + address + "?subject=" + encode(subject) + "&body=" + encode(body.replace("\r\n", "\n")
        .replace("\n", "\r\n"));
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
