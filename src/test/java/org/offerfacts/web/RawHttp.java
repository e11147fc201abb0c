package org.offerfacts.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Requests written byte by byte on a socket, so that a test can send what no HTTP client would:
 * a lying Content-Length, a body cut short, a boundary that is not the one announced. The
 * answer is read until the server closes or stops sending.
 */
public final class RawHttp {
  /** The status line's code, the headers as they came, the body as text. */
  public record Answer(int status, String head, String body, long millis) {
    public String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) return line.substring(colon + 1).trim();
      }
      return null;
    }

    public boolean isJson() {
      String type = header("Content-Type");
      return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
    }
  }

  private RawHttp() {}

  /** Sends {@code head} (its blank line included by the caller) then {@code body}, reads the answer. */
  public static Answer exchange(int port, String head, byte[] body) throws IOException {
    long started = System.nanoTime();
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      try {
        // In slices, stopping once the server answers: it refuses a 1 MiB request line after its
        // first 8 KiB and closes, and writing on would only meet a reset that eats its answer.
        writeUntilAnswered(out, in, head.getBytes(StandardCharsets.ISO_8859_1));
        writeUntilAnswered(out, in, body);
        out.flush();
      } catch (IOException e) {
        // The server may answer and close before taking the whole request: the answer is what counts.
      }
      return read(in, started);
    }
  }

  /**
   * Sends {@code head}, then {@code chunk} again and again (up to {@code maxBytes}) while the
   * server has not started to answer; gives the answer and how much was sent before it came.
   */
  public static Streamed stream(int port, String head, byte[] chunk, long maxBytes) throws IOException {
    long started = System.nanoTime();
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      long sent = 0;
      try {
        while (sent < maxBytes && in.available() == 0) {
          out.write(chunk);
          out.flush();
          sent += chunk.length;
        }
      } catch (IOException e) {
        // closed by the server, as it should once the cap is passed
      }
      return new Streamed(read(in, started), sent);
    }
  }

  public record Streamed(Answer answer, long bytesSent) {}

  private static void writeUntilAnswered(OutputStream out, InputStream in, byte[] bytes) throws IOException {
    for (int at = 0; at < bytes.length && in.available() == 0; at += 8192) {
      out.write(bytes, at, Math.min(8192, bytes.length - at));
      out.flush();
    }
  }

  private static Answer read(InputStream in, long started) throws IOException {
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      int n;
      while ((n = in.read(buffer)) > 0) {
        got.write(buffer, 0, n);
        if (complete(got)) break;
      }
    } catch (SocketTimeoutException | java.net.SocketException e) {
      // whatever came before the reset or the silence is the answer
    }
    String text = got.toString(StandardCharsets.UTF_8);
    int split = text.indexOf("\r\n\r\n");
    String head = split < 0 ? text : text.substring(0, split);
    String body = split < 0 ? "" : text.substring(split + 4);
    int status = head.startsWith("HTTP/1.1 ") && head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
    return new Answer(status, head, body, (System.nanoTime() - started) / 1_000_000);
  }

  /** A response with a Content-Length is complete once that many body bytes are in. */
  private static boolean complete(ByteArrayOutputStream got) {
    String text = got.toString(StandardCharsets.ISO_8859_1);
    int split = text.indexOf("\r\n\r\n");
    if (split < 0) return false;
    var length = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(text.substring(0, split));
    if (!length.find()) return text.endsWith("0\r\n\r\n") && text.substring(0, split).toLowerCase(Locale.ROOT).contains("chunked");
    return text.length() - split - 4 >= Integer.parseInt(length.group(1));
  }
}
