package org.offerfacts.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's only way from a host name to a socket address, with the address policy in between.
 *
 * <p>Checking the addresses here, rather than resolving once to check and letting Jetty resolve
 * again to connect, closes the DNS-rebinding gap: Jetty connects to exactly the list that was
 * checked, so a name that answers "public" to the check and "internal" to the connect gains nothing.
 */
final class CheckingAddressResolver implements SocketAddressResolver {
  private static final Logger log = LoggerFactory.getLogger(CheckingAddressResolver.class);

  private final SocketAddressResolver dns;
  private final AddressPolicy policy;

  CheckingAddressResolver(SocketAddressResolver dns, AddressPolicy policy) {
    this.dns = dns;
    this.policy = policy;
  }

  @Override
  public void resolve(
      String host, int port, Map<String, Object> context, Promise<List<InetSocketAddress>> promise) {
    dns.resolve(host, port, context, new Promise<>() {
      @Override
      public void succeeded(List<InetSocketAddress> resolved) {
        List<InetSocketAddress> checked;
        try {
          checked = named(host, List.copyOf(resolved));
          policy.checkAll(host, addressesOf(checked));
        } catch (FetchException refused) {
          log.info("{}:{} {}", host, port, refused.getMessage());
          promise.failed(refused);
          return;
        }
        promise.succeeded(checked);
      }

      @Override
      public void failed(Throwable failure) {
        promise.failed(failure);
      }
    });
  }

  /**
   * The same addresses, each carrying the host name. Jetty takes the TLS peer host (SNI and the
   * certificate name check) from the socket address's host string: a bare address would make TLS
   * check the certificate against the IP and send no SNI.
   */
  private static List<InetSocketAddress> named(String host, List<InetSocketAddress> resolved)
      throws FetchException {
    List<InetSocketAddress> named = new ArrayList<>(resolved.size());
    for (InetSocketAddress socketAddress : resolved) {
      if (socketAddress.isUnresolved() || host.equalsIgnoreCase(socketAddress.getHostString())) {
        named.add(socketAddress);
        continue;
      }
      named.add(new InetSocketAddress(withName(host, socketAddress.getAddress()), socketAddress.getPort()));
    }
    return named;
  }

  private static InetAddress withName(String host, InetAddress address) throws FetchException {
    try {
      if (address instanceof Inet6Address v6 && v6.getScopeId() != 0) {
        return Inet6Address.getByAddress(host, v6.getAddress(), v6.getScopeId());
      }
      return InetAddress.getByAddress(host, address.getAddress()); // no lookup: bytes are given
    } catch (UnknownHostException impossible) {
      throw new FetchException(FetchException.Reason.UNREACHABLE, "the host " + host + " could not be found", impossible);
    }
  }

  private static List<InetAddress> addressesOf(List<InetSocketAddress> socketAddresses)
      throws FetchException {
    List<InetAddress> addresses = new ArrayList<>(socketAddresses.size());
    for (InetSocketAddress socketAddress : socketAddresses) {
      // An unresolved entry would make Jetty resolve it again behind our back.
      if (socketAddress.isUnresolved()) {
        throw new FetchException(FetchException.Reason.UNREACHABLE,
            "the host " + socketAddress.getHostString() + " could not be found");
      }
      addresses.add(socketAddress.getAddress());
    }
    return addresses;
  }
}
