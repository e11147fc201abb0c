package org.offerfacts.jobs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.offerfacts.ingest.PdfFixtures;

/**
 * Small valid documents of each format the app reads, built here, and the ways the fuzz test
 * damages them: the kinds of damage real files and hostile ones carry (flipped bits, a cut, a
 * repeated or lost chunk, a keyword that makes a parser believe in huge lengths or deep trees).
 */
final class FuzzSeeds {
  static final List<byte[]> DOCUMENTS = List.of(
      PdfFixtures.pages(List.of(List.of("Adresse IPv6 fournie : oui", "Port 25 : bloqué"), List.of("Mode bridge : oui"))),
      ("<!DOCTYPE html><html><head><title>Offre</title></head><body><table><tr><td>IPv6</td><td>oui</td></tr>"
          + "</table><p>Port 25 bloqué. <a href=\"http://127.0.0.1/\">lien</a></p></body></html>").getBytes(StandardCharsets.UTF_8),
      ("From: ventes@fournisseur.example\r\nTo: it@client.example\r\nSubject: =?utf-8?Q?R=C3=A9ponse?=\r\n"
          + "Date: Mon, 6 Jan 2025 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
          + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n"
          + "Content-Transfer-Encoding: quoted-printable\r\n\r\nIPv6 : oui, le port 25 est bloqu=C3=A9.\r\n--b1\r\n"
          + "Content-Type: text/html; name=\"offre.html\"\r\nContent-Disposition: attachment; filename=\"offre.html\"\r\n"
          + "Content-Transfer-Encoding: base64\r\n\r\nPGh0bWw+PGJvZHk+PHA+SVB2NiA6IG91aTwvcD48L2JvZHk+PC9odG1sPg==\r\n--b1--\r\n")
          .getBytes(StandardCharsets.UTF_8),
      "Conditions particulières\n\nIPv6 : oui\nPort 25 : bloqué\n".getBytes(StandardCharsets.UTF_8));

  /** What a parser may read as a size, a structure or a boundary. */
  static final List<String> KEYWORDS = List.of("/Length 999999999", "/Length -1", "<<", ">>", " 0 obj", "endobj", "stream\n",
      "endstream", "%%EOF", "xref\n0 99999999\n", "/Type /Pages /Kids [1 0 R 1 0 R] /Count 2147483647", "/Filter /FlateDecode",
      "/Encrypt 1 0 R", "<div>".repeat(2000), "<table><tr><td>".repeat(300), "<!--", "<![CDATA[", "<script>",
      "\r\n--b1\r\n", "Content-Type: multipart/mixed; boundary=\"\"\r\n", "Content-Transfer-Encoding: base64\r\n\r\n=",
      "=?utf-8?B?====?=", "\0", "\uFEFF", "\uD800", "&#x0;&#xD800;&#99999999;");

  /** One damage, its place as a fraction of the document's length so it fits any seed. */
  record Mutation(int kind, double at, int length, int keyword) {
    byte[] apply(byte[] in) {
      int pos = (int) (at * in.length);
      return switch (kind) {
        case 0 -> flip(in, pos);
        case 1 -> java.util.Arrays.copyOf(in, pos);
        case 2 -> splice(in, pos, java.util.Arrays.copyOfRange(in, pos, Math.min(in.length, pos + length)), 0);
        case 3 -> splice(in, pos, new byte[0], Math.min(length, in.length - pos));
        default -> splice(in, pos, KEYWORDS.get(keyword).getBytes(StandardCharsets.UTF_8), 0);
      };
    }

    private static byte[] flip(byte[] in, int pos) {
      if (in.length == 0) return in;
      byte[] out = in.clone();
      out[Math.min(pos, in.length - 1)] ^= (byte) (1 << (pos % 8));
      return out;
    }

    private static byte[] splice(byte[] in, int pos, byte[] insert, int remove) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + insert.length);
      out.write(in, 0, pos);
      out.writeBytes(insert);
      out.write(in, pos + remove, in.length - pos - remove);
      return out.toByteArray();
    }
  }

  private FuzzSeeds() {}
}
