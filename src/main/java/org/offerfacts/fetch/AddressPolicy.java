package org.offerfacts.fetch;

import java.net.InetAddress;
import java.util.List;

/**
 * Decides whether a host's addresses may be connected to: public addresses always, others only
 * when the administrator trusts them.
 *
 * <p>A host is refused when ANY of its addresses is forbidden, rather than keeping the allowed
 * ones. A name that mixes public and internal addresses is either misconfigured or an attack
 * (DNS answers are attacker-controlled), and refusing keeps the rule easy to state and test.
 */
final class AddressPolicy {
  private final TrustedSources trusted;

  AddressPolicy(TrustedSources trusted) {
    this.trusted = trusted;
  }

  /** Refuses the host unless every one of its addresses may be connected to. */
  void checkAll(String host, List<InetAddress> addresses) throws FetchException {
    if (addresses.isEmpty()) {
      throw new FetchException(
          FetchException.Reason.UNREACHABLE, "the host " + host + " could not be found");
    }
    for (InetAddress address : addresses) {
      check(host, address);
    }
  }

  void check(String host, InetAddress address) throws FetchException {
    AddressCategory category = AddressClassifier.classify(address);
    if (category.isPublic() || trusted.trusts(host, address)) {
      return;
    }
    throw new FetchException(FetchException.Reason.FORBIDDEN_ADDRESS, refusal(host, address, category));
  }

  private static String refusal(String host, InetAddress address, AddressCategory category) {
    if (IpLiterals.isLiteral(host)) {
      return "refused: " + IpLiterals.format(address) + " is " + category.phrase();
    }
    return "refused: "
        + host
        + " resolves to "
        + IpLiterals.format(address)
        + ", "
        + category.phrase();
  }
}
