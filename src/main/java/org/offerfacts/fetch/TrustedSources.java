package org.offerfacts.fetch;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Intranet sources an administrator trusts: host names (exact, case-insensitive) and address
 * ranges. A trusted name may resolve anywhere; a trusted range admits its addresses under any name.
 *
 * <p>One exception: a cloud metadata address is admitted only by a range of exactly that one
 * address. Trusting "169.254.0.0/16" for some device must not hand out the machine's credentials.
 */
public record TrustedSources(Set<String> hostNames, List<CidrRange> ranges) {
  public static final TrustedSources NONE = new TrustedSources(Set.of(), List.of());

  public TrustedSources {
    hostNames = Set.copyOf(hostNames);
    ranges = List.copyOf(ranges);
  }

  /**
   * Reads entries such as {@code "10.20.0.0/16"}, {@code "192.168.1.7"}, {@code "fd12::/64"} or
   * {@code "intranet.example.com"}; an entry that is not an address is a host name.
   */
  public static TrustedSources parse(List<String> entries) {
    Set<String> names = new TreeSet<>();
    List<CidrRange> ranges = new ArrayList<>();
    for (String entry : entries) {
      String text = entry.trim();
      if (text.isEmpty()) {
        continue;
      }
      if (text.contains("/") || IpLiterals.isLiteral(text)) {
        ranges.add(CidrRange.parse(text));
      } else if (IpLiterals.looksNumeric(text)) {
        throw new IllegalArgumentException("not a canonical IP address: " + text);
      } else {
        names.add(normalizeName(text));
      }
    }
    return new TrustedSources(names, ranges);
  }

  /** True when the administrator trusts connecting to {@code address} for {@code host}. */
  public boolean trusts(String host, InetAddress address) {
    boolean metadata = AddressClassifier.classify(address) == AddressCategory.CLOUD_METADATA;
    for (CidrRange range : ranges) {
      if (range.contains(address) && (!metadata || range.isSingleAddress())) {
        return true;
      }
    }
    return !metadata && hostNames.contains(normalizeName(host));
  }

  public boolean isEmpty() {
    return hostNames.isEmpty() && ranges.isEmpty();
  }

  // "Intranet.Example.com." and "intranet.example.com" are the same host to DNS.
  private static String normalizeName(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
