package org.offerfacts.fetch;

import java.net.InetAddress;
import java.util.Objects;

/**
 * A block of addresses such as {@code 10.0.0.0/8} or {@code fe80::/10}; a bare address is a block
 * of one. IPv4 blocks never contain IPv6 addresses: the classifier unwraps embedded IPv4 itself.
 */
public record CidrRange(InetAddress network, int prefixLength) {

  public CidrRange {
    Objects.requireNonNull(network, "network");
    int bits = network.getAddress().length * 8;
    if (prefixLength < 0 || prefixLength > bits) {
      throw new IllegalArgumentException("prefix /" + prefixLength + " does not fit " + network);
    }
  }

  /** Reads {@code 10.0.0.0/8}, {@code ::1}, {@code [fd00::]/8}; never asks DNS. */
  public static CidrRange parse(String text) {
    String trimmed = text.trim();
    int slash = trimmed.indexOf('/');
    String addressText = slash < 0 ? trimmed : trimmed.substring(0, slash);
    InetAddress network =
        IpLiterals.parse(addressText)
            .orElseThrow(() -> new IllegalArgumentException("not an IP address: " + text));
    int bits = network.getAddress().length * 8;
    if (slash < 0) {
      return new CidrRange(network, bits);
    }
    try {
      return new CidrRange(network, Integer.parseInt(trimmed.substring(slash + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a CIDR range: " + text, e);
    }
  }

  public boolean contains(InetAddress address) {
    byte[] block = network.getAddress();
    byte[] candidate = address.getAddress();
    if (block.length != candidate.length) {
      return false;
    }
    int fullBytes = prefixLength / 8;
    for (int i = 0; i < fullBytes; i++) {
      if (block[i] != candidate[i]) {
        return false;
      }
    }
    int remainingBits = prefixLength % 8;
    if (remainingBits == 0) {
      return true;
    }
    int mask = (0xff << (8 - remainingBits)) & 0xff;
    return (block[fullBytes] & mask) == (candidate[fullBytes] & mask);
  }

  /** True when the block is exactly one address. */
  public boolean isSingleAddress() {
    return prefixLength == network.getAddress().length * 8;
  }

  @Override
  public String toString() {
    return IpLiterals.format(network) + "/" + prefixLength;
  }
}
