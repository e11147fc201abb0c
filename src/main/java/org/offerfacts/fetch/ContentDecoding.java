package org.offerfacts.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes HTTP Content-Encoding (gzip, deflate) as a stream, so that the caller can stop reading at
 * its cap: a bomb is only ever inflated as far as the cap, never into memory as a whole.
 *
 * <p>We decode ourselves instead of letting Jetty do it so that the same code counts both the wire
 * bytes and the decoded bytes, and so that "deflate" (which Jetty 12.1 does not decode) works.
 */
final class ContentDecoding {
  static final String ACCEPT_ENCODING = "gzip, deflate";
  // Stacked codings are legal but rare; more than two layers is only ever a bomb.
  private static final int MAX_LAYERS = 2;

  /** A coding we never asked for and cannot undo. */
  static final class UnsupportedCoding extends IOException {
    UnsupportedCoding(String coding) {
      super(coding);
    }
  }

  private ContentDecoding() {}

  /** The decoded body of a response sent with this Content-Encoding header (null: none). */
  static InputStream decode(InputStream body, String contentEncoding) throws IOException {
    List<String> codings = parse(contentEncoding);
    if (codings.size() > MAX_LAYERS) {
      throw new UnsupportedCoding(String.join(", ", codings));
    }
    InputStream decoded = body;
    // Codings are listed in the order they were applied, so they are undone from the last.
    for (int i = codings.size() - 1; i >= 0; i--) {
      decoded = undo(codings.get(i), decoded);
    }
    return decoded;
  }

  private static List<String> parse(String contentEncoding) {
    List<String> codings = new ArrayList<>();
    if (contentEncoding == null) {
      return codings;
    }
    for (String part : contentEncoding.split(",")) {
      String coding = part.trim().toLowerCase(Locale.ROOT);
      if (!coding.isEmpty() && !coding.equals("identity")) {
        codings.add(coding);
      }
    }
    return codings;
  }

  private static InputStream undo(String coding, InputStream in) throws IOException {
    switch (coding) {
      case "gzip":
      case "x-gzip":
        return new GZIPInputStream(in, 8192);
      case "deflate":
        return inflate(in);
      default:
        throw new UnsupportedCoding(coding);
    }
  }

  /**
   * HTTP "deflate" means zlib-wrapped data, but some servers send raw deflate: the first two bytes
   * tell them apart (a zlib header names method 8 and is a multiple of 31).
   */
  private static InputStream inflate(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 2);
    buffered.mark(2);
    int first = buffered.read();
    int second = buffered.read();
    buffered.reset();
    boolean zlib = first >= 0 && second >= 0 && (first & 0x0f) == 8 && ((first << 8) | second) % 31 == 0;
    Inflater inflater = new Inflater(!zlib);
    return new InflaterInputStream(buffered, inflater, 8192) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          inflater.end(); // InflaterInputStream frees only inflaters it created itself
        }
      }
    };
  }
}
