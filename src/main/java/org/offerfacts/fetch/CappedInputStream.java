package org.offerfacts.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through until more than a limit have gone by, then fails. Thrown from inside the
 * stream so that a decoder reading from it stops as soon as the wire has delivered too much.
 */
final class CappedInputStream extends FilterInputStream {
  /** The body went past the cap; carries no user message, the caller knows the limit. */
  static final class LimitExceeded extends IOException {
    LimitExceeded(long limit) {
      super("more than " + limit + " bytes");
    }
  }

  private final long limit;
  private long count;

  CappedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  // mark/reset would let bytes be counted twice or not at all; nothing here needs them.
  @Override
  public boolean markSupported() {
    return false;
  }

  private void count(long n) throws LimitExceeded {
    count += n;
    if (count > limit) {
      throw new LimitExceeded(limit);
    }
  }
}
