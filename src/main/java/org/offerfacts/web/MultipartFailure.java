package org.offerfacts.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * What a failure to read a multipart body means for the client. Jetty stops parsing with an
 * IllegalStateException ("max file size exceeded: …", "max length exceeded: …", "headers max
 * length exceeded: …") when a cap is passed, and with an EOFException or a ServletException when
 * the body is cut short, has no boundary or another one; Javalin's Kotlin lets them through
 * undeclared. All are the client's doing: 413 for a cap, 400 for the rest, never a 500.
 */
final class MultipartFailure {
  private static final Pattern CAP_PASSED = Pattern.compile("(?i)max\\b.*\\bexceeded");

  private MultipartFailure() {}

  /** The answer for a failure while reading the parts, or null when {@code e} is something else. */
  static HttpResponseException answerFor(Throwable e) {
    if (e instanceof HttpResponseException answer) return answer;
    boolean fromReading = false;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && CAP_PASSED.matcher(t.getMessage()).find()) {
        return new ContentTooLargeResponse("the upload is larger than the limit");
      }
      fromReading |= t instanceof ServletException || t instanceof IOException || t instanceof IllegalStateException
          || t instanceof IllegalArgumentException;
    }
    return fromReading ? new BadRequestResponse("the multipart body cannot be read: it is cut short or malformed") : null;
  }
}
