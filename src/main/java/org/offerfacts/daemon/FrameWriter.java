package org.offerfacts.daemon;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** A command's standard output or error, sent to the client as frames whenever it is flushed. */
final class FrameWriter extends Writer {
  private final DataOutputStream out;
  private final byte kind;
  private final StringBuilder pending = new StringBuilder();

  FrameWriter(DataOutputStream out, byte kind) {
    super(out); // both streams of a run lock on the socket, so their frames never interleave
    this.out = out;
    this.kind = kind;
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    synchronized (lock) {
      pending.append(chars, offset, length);
    }
  }

  @Override
  public void flush() throws IOException {
    synchronized (lock) {
      if (pending.isEmpty()) return;
      byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
      pending.setLength(0);
      out.writeByte(kind);
      out.writeInt(bytes.length);
      out.write(bytes);
      out.flush();
    }
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
