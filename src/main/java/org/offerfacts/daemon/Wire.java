package org.offerfacts.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What client and daemon say to each other. A request: the protocol version, a kind, then for a
 * run the client's working directory, its arguments and its OFFERFACTS_* settings. The answer:
 * frames of standard output and standard error as they are printed, and last the exit code.
 */
final class Wire {
  static final int VERSION = 0x0FF3_0001;
  static final byte RUN = 1;
  static final byte STOP = 2;
  static final byte PING = 3;

  static final byte OUT = 1;
  static final byte ERR = 2;
  static final byte EXIT = 3;

  /** Longer strings are no request of ours: the daemon drops the connection. */
  private static final int MAX_STRING_BYTES = 1 << 20;
  private static final int MAX_ITEMS = 10_000;

  private Wire() {}

  static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_STRING_BYTES) throw new IOException("not an offerfacts request: string of " + length + " bytes");
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  static void writeList(DataOutputStream out, List<String> items) throws IOException {
    out.writeInt(items.size());
    for (String item : items) writeString(out, item);
  }

  static List<String> readList(DataInputStream in) throws IOException {
    int n = count(in);
    List<String> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) items.add(readString(in));
    return items;
  }

  static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
    out.writeInt(map.size());
    for (Map.Entry<String, String> e : map.entrySet()) {
      writeString(out, e.getKey());
      writeString(out, e.getValue());
    }
  }

  static Map<String, String> readMap(DataInputStream in) throws IOException {
    int n = count(in);
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) map.put(readString(in), readString(in));
    return map;
  }

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_ITEMS) throw new IOException("not an offerfacts request: " + n + " items");
    return n;
  }
}
