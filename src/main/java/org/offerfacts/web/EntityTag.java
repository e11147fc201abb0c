package org.offerfacts.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.offerfacts.store.ContentStore;

/**
 * ETags for pages whose large body is rendered once and shared (see {@link RenderedBody}): the
 * body's digest is taken when it is rendered, so a request only digests its own small frame.
 * Javalin's own ETags are off: they checksum every response byte by byte, which was nearly half
 * of the server's time on a 50-offer comparison.
 */
final class EntityTag {
  private EntityTag() {}

  /** A short tag of some bytes: the first 22 hex digits of their SHA-256 (88 bits). */
  static String digest(byte[] bytes) {
    return ContentStore.sha256(bytes).substring(0, 22);
  }

  /**
   * Sets the ETag of a framed body and answers 304 Not Modified when the client holds it already.
   *
   * @return true when the answer is 304 and nothing more is to be written
   */
  static boolean notModified(Context ctx, String bodyDigest, byte[] head, byte[] tail) {
    String tag = "\"" + bodyDigest + "." + digest(head) + digest(tail) + "\"";
    ctx.header("ETag", tag);
    String held = ctx.header("If-None-Match");
    if (held == null || !matches(held, tag)) return false;
    ctx.status(HttpStatus.NOT_MODIFIED);
    return true;
  }

  /** If-None-Match holds a list of tags, possibly weak (W/"…"), or "*". */
  private static boolean matches(String held, String tag) {
    for (String candidate : held.split(",")) {
      String t = candidate.strip();
      if (t.startsWith("W/")) t = t.substring(2);
      if (t.equals(tag) || t.equals("*")) return true;
    }
    return false;
  }
}
