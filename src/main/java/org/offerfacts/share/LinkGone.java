package org.offerfacts.share;

import io.javalin.http.HttpResponseException;
import java.util.Map;

/** A link that existed and no longer opens: revoked or past its last day. The page does not say which. */
final class LinkGone extends HttpResponseException {
  LinkGone() {
    super(410, "this link has expired or was withdrawn", Map.of());
  }
}
