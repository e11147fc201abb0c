package org.offerfacts.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and writes IP address literals without ever asking DNS.
 *
 * <p>Only the canonical forms count as literals: dotted-quad IPv4 with decimal octets and IPv6.
 * The odd forms that C resolvers accept ({@code 2130706433}, {@code 0177.0.0.1}, {@code 0x7f.1})
 * are recognised by {@link #looksNumeric} so that callers can refuse them outright: different
 * parsers disagree on what they mean, and that disagreement is what SSRF filters get bypassed with.
 */
final class IpLiterals {
  private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
  private static final Pattern CANONICAL_IPV4 =
      Pattern.compile(OCTET + "\\." + OCTET + "\\." + OCTET + "\\." + OCTET);
  private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9a-fA-F:.]+");
  // The WHATWG URL standard's "ends in a number" test: such a host is meant as an IPv4 address.
  private static final Pattern NUMBER_LABEL = Pattern.compile("\\d+|0[xX][0-9a-fA-F]*");

  private IpLiterals() {}

  /** The address a canonical literal writes ({@code 10.0.0.1}, {@code ::1}, {@code [::1]}). */
  static Optional<InetAddress> parse(String host) {
    String text = stripBrackets(host);
    if (CANONICAL_IPV4.matcher(text).matches()) {
      return Optional.of(ipv4(text));
    }
    // Zone ids ("%eth0") are refused on purpose: they name an interface of this machine.
    if (text.contains(":") && IPV6_CHARACTERS.matcher(text).matches()) {
      try {
        // Brackets make the JDK treat the text as an IPv6 literal only, never as a name to look up.
        InetAddress parsed = InetAddress.getByName("[" + text + "]");
        // The JDK turns ::ffff:a.b.c.d into plain IPv4; keep the IPv6 form that was written, so
        // ranges like ::ffff:0:0/96 can be expressed and the classifier sees what the URL said.
        return Optional.of(asIpv6(parsed));
      } catch (UnknownHostException notAnIpv6Literal) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  static boolean isLiteral(String host) {
    return parse(host).isPresent();
  }

  /** True when a host is meant as a number (its last label is one), canonical or not. */
  static boolean looksNumeric(String host) {
    String text = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    String lastLabel = text.substring(text.lastIndexOf('.') + 1);
    return NUMBER_LABEL.matcher(lastLabel).matches();
  }

  /** Short, familiar text for an address: {@code 10.0.0.5}, {@code ::1}, {@code fd00:ec2::254}. */
  static String format(InetAddress address) {
    if (!(address instanceof Inet6Address)) {
      return address.getHostAddress();
    }
    byte[] bytes = address.getAddress();
    if (isIpv4Mapped(bytes)) {
      return "::ffff:" + (bytes[12] & 0xff) + "." + (bytes[13] & 0xff) + "." + (bytes[14] & 0xff) + "." + (bytes[15] & 0xff);
    }
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
    }
    return compress(groups);
  }

  private static boolean isIpv4Mapped(byte[] bytes) {
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
  }

  /** RFC 5952: the longest run of two or more zero groups becomes "::". */
  private static String compress(int[] groups) {
    int bestStart = -1;
    int bestLength = 1;
    for (int start = 0; start < 8; ) {
      int end = start;
      while (end < 8 && groups[end] == 0) {
        end++;
      }
      if (end - start > bestLength) {
        bestStart = start;
        bestLength = end - start;
      }
      start = end == start ? start + 1 : end;
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        text.append("::");
        i += bestLength - 1;
        continue;
      }
      if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
        text.append(':');
      }
      text.append(Integer.toHexString(groups[i]));
    }
    return text.toString();
  }

  private static InetAddress asIpv6(InetAddress address) throws UnknownHostException {
    if (address instanceof Inet6Address) {
      return address;
    }
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    System.arraycopy(address.getAddress(), 0, mapped, 12, 4);
    return Inet6Address.getByAddress(null, mapped, -1);
  }

  private static String stripBrackets(String host) {
    if (host.length() >= 2 && host.startsWith("[") && host.endsWith("]")) {
      return host.substring(1, host.length() - 1);
    }
    return host;
  }

  private static InetAddress ipv4(String dottedQuad) {
    String[] octets = dottedQuad.split("\\.");
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      bytes[i] = (byte) Integer.parseInt(octets[i]);
    }
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
