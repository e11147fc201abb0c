package org.offerfacts.fetch;

import static org.offerfacts.fetch.AddressCategory.*;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Sorts an address into an {@link AddressCategory} from the IANA special-purpose registries.
 *
 * <p>IPv6 is deny-by-default: only global unicast (2000::/3) can be public, because everything
 * outside it is special by definition. IPv6 forms that carry an IPv4 address (IPv4-mapped, NAT64,
 * 6to4) are judged by that IPv4 address, since that is where the packets end up.
 */
public final class AddressClassifier {
  private record Rule(CidrRange range, AddressCategory category) {}

  // Order matters: the first matching rule wins, so the narrow blocks come before the wide ones.
  private static final List<Rule> IPV4 =
      List.of(
          rule("169.254.169.254/32", CLOUD_METADATA), // AWS, GCP, Azure, OpenStack...
          rule("169.254.170.2/32", CLOUD_METADATA), // AWS ECS task credentials
          rule("100.100.100.200/32", CLOUD_METADATA), // Alibaba Cloud
          rule("0.0.0.0/8", UNSPECIFIED), // "this network": Linux connects 0.0.0.0 to loopback
          rule("10.0.0.0/8", PRIVATE),
          rule("100.64.0.0/10", CARRIER_GRADE_NAT),
          rule("127.0.0.0/8", LOOPBACK),
          rule("169.254.0.0/16", LINK_LOCAL),
          rule("172.16.0.0/12", PRIVATE),
          rule("192.0.0.0/24", RESERVED), // IETF protocol assignments
          rule("192.0.2.0/24", DOCUMENTATION),
          rule("192.88.99.0/24", RESERVED), // deprecated 6to4 relay anycast
          rule("192.168.0.0/16", PRIVATE),
          rule("198.18.0.0/15", BENCHMARKING),
          rule("198.51.100.0/24", DOCUMENTATION),
          rule("203.0.113.0/24", DOCUMENTATION),
          rule("224.0.0.0/4", MULTICAST),
          rule("255.255.255.255/32", BROADCAST),
          rule("240.0.0.0/4", RESERVED));

  private static final List<Rule> IPV6 =
      List.of(
          rule("::/128", UNSPECIFIED),
          rule("::1/128", LOOPBACK),
          rule("fd00:ec2::254/128", CLOUD_METADATA), // AWS over IPv6
          // Deprecated IPv4-compatible form: never a real destination, so refused whatever it holds.
          rule("::/96", RESERVED),
          // Local-use NAT64 leads to a translator inside someone's own network, and its prefix
          // length (which decides where the IPv4 sits) cannot be known from here: refused whole.
          rule("64:ff9b:1::/48", TUNNEL),
          rule("2001::/32", TUNNEL), // Teredo: the IPv4 end is obfuscated and may be anything
          rule("2001:2::/48", BENCHMARKING),
          rule("2001:db8::/32", DOCUMENTATION),
          rule("2001::/23", RESERVED), // IETF protocol assignments
          rule("3fff::/20", DOCUMENTATION),
          rule("fc00::/7", UNIQUE_LOCAL),
          rule("fe80::/10", LINK_LOCAL),
          rule("fec0::/10", PRIVATE), // deprecated site-local
          rule("ff00::/8", MULTICAST));

  private static final CidrRange IPV6_GLOBAL_UNICAST = CidrRange.parse("2000::/3");
  private static final CidrRange IPV4_MAPPED = CidrRange.parse("::ffff:0:0/96");
  private static final CidrRange NAT64 = CidrRange.parse("64:ff9b::/96");
  private static final CidrRange SIX_TO_FOUR = CidrRange.parse("2002::/16");

  private AddressClassifier() {}

  public static AddressCategory classify(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (bytes.length == 4) {
      return firstMatch(IPV4, address);
    }
    InetAddress embedded = embeddedIpv4(address, bytes);
    if (embedded != null) {
      return firstMatch(IPV4, embedded);
    }
    AddressCategory special = firstMatch(IPV6, address);
    if (special != PUBLIC) {
      return special;
    }
    return IPV6_GLOBAL_UNICAST.contains(address) ? PUBLIC : RESERVED;
  }

  /** The IPv4 address an IPv6 address delivers to, or null when it carries none. */
  private static InetAddress embeddedIpv4(InetAddress address, byte[] bytes) {
    // The JDK usually turns ::ffff:a.b.c.d into an Inet4Address; an Inet6Address can still carry it.
    if (IPV4_MAPPED.contains(address) || NAT64.contains(address)) {
      return ipv4(Arrays.copyOfRange(bytes, 12, 16));
    }
    if (SIX_TO_FOUR.contains(address)) {
      return ipv4(Arrays.copyOfRange(bytes, 2, 6));
    }
    return null;
  }

  private static AddressCategory firstMatch(List<Rule> rules, InetAddress address) {
    for (Rule rule : rules) {
      if (rule.range().contains(address)) {
        return rule.category();
      }
    }
    return PUBLIC;
  }

  private static Rule rule(String range, AddressCategory category) {
    return new Rule(CidrRange.parse(range), category);
  }

  private static InetAddress ipv4(byte[] fourBytes) {
    try {
      return InetAddress.getByAddress(fourBytes);
    } catch (UnknownHostException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
