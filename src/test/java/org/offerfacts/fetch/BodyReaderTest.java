package org.offerfacts.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The size cap and decoding, on in-memory streams. */
class BodyReaderTest {
  private static final int CAP = 64 * 1024;
  private final BodyReader reader = new BodyReader(CAP);

  @Test
  void plain_body_up_to_the_cap_is_read() throws Exception {
    assertThat(reader.read(new ByteArrayInputStream(new byte[CAP]), null)).hasSize(CAP);
  }

  @Test
  void plain_body_one_byte_over_the_cap_is_refused() {
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(new byte[CAP + 1]), null))
        .isInstanceOf(CappedInputStream.LimitExceeded.class);
  }

  @Test
  void gzip_body_is_decoded() throws Exception {
    byte[] text = "Leistung 5 kW".getBytes(StandardCharsets.UTF_8);

    assertThat(reader.read(new ByteArrayInputStream(gzip(text)), "gzip")).isEqualTo(text);
    assertThat(reader.read(new ByteArrayInputStream(gzip(text)), "X-GZIP")).isEqualTo(text);
  }

  @Test
  void zlib_and_raw_deflate_bodies_are_both_decoded() throws Exception {
    byte[] text = "Leistung 5 kW".repeat(100).getBytes(StandardCharsets.UTF_8);

    assertThat(reader.read(new ByteArrayInputStream(deflate(text, false)), "deflate")).isEqualTo(text);
    assertThat(reader.read(new ByteArrayInputStream(deflate(text, true)), "deflate")).isEqualTo(text);
  }

  @Test
  void decoded_body_of_exactly_the_cap_is_read() throws Exception {
    assertThat(reader.read(new ByteArrayInputStream(gzip(new byte[CAP])), "gzip")).hasSize(CAP);
  }

  @Test
  void gzip_bomb_is_stopped_at_the_cap_after_reading_little_of_it() throws Exception {
    byte[] bomb = gzip(new byte[10 * 1024 * 1024]);
    CountingStream wire = new CountingStream(new ByteArrayInputStream(bomb));

    assertThat(bomb.length).isLessThan(CAP); // small on the wire, so only the decoded count catches it
    assertThatThrownBy(() -> reader.read(wire, "gzip")).isInstanceOf(CappedInputStream.LimitExceeded.class);
    assertThat(wire.count).isLessThan(bomb.length); // stopped early: the bomb was not inflated whole
  }

  @Test
  void stacked_gzip_bomb_is_stopped_at_the_cap() throws Exception {
    byte[] bomb = gzip(gzip(new byte[50 * 1024 * 1024]));

    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bomb), "gzip, gzip"))
        .isInstanceOf(CappedInputStream.LimitExceeded.class);
  }

  @Test
  void deflate_bomb_is_stopped_at_the_cap() throws Exception {
    byte[] bomb = deflate(new byte[10 * 1024 * 1024], false);

    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bomb), "deflate"))
        .isInstanceOf(CappedInputStream.LimitExceeded.class);
  }

  @Test
  void unknown_or_too_deeply_stacked_codings_are_refused() {
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(new byte[10]), "br"))
        .isInstanceOf(ContentDecoding.UnsupportedCoding.class);
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(new byte[10]), "gzip, gzip, gzip"))
        .isInstanceOf(ContentDecoding.UnsupportedCoding.class);
  }

  @Test
  void identity_coding_means_no_decoding() throws Exception {
    assertThat(reader.read(new ByteArrayInputStream(new byte[] {1, 2, 3}), "identity")).containsExactly(1, 2, 3);
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(data);
    }
    return out.toByteArray();
  }

  static byte[] deflate(byte[] data, boolean raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
    try (OutputStream deflate = new DeflaterOutputStream(out, deflater)) {
      deflate.write(data);
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }

  private static final class CountingStream extends java.io.FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(0, n);
      return n;
    }
  }
}
