package org.offerfacts.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a response body into memory under the size cap, counted twice: on the wire (so an
 * endless stream stops) and after decoding (so a compression bomb stops at the same size).
 */
final class BodyReader {
  private final long maxBytes;

  BodyReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /**
   * @throws CappedInputStream.LimitExceeded when either count goes past the cap
   * @throws ContentDecoding.UnsupportedCoding when the body is encoded in a way we cannot undo
   */
  byte[] read(InputStream wire, String contentEncoding) throws IOException {
    InputStream counted = new CappedInputStream(wire, maxBytes);
    try (InputStream decoded =
        new CappedInputStream(ContentDecoding.decode(counted, contentEncoding), maxBytes)) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      decoded.transferTo(body);
      return body.toByteArray();
    }
  }
}
