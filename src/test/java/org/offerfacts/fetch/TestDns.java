package org.offerfacts.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * A DNS for tests: fixed answers for a few names, IP literals as themselves, nothing for the rest.
 * Never asks the network. Tests keep every answer on loopback or refused before any connection,
 * so even a broken fetcher could not send traffic elsewhere.
 */
final class TestDns {
  private TestDns() {}

  /** {@code name} resolves to 127.0.0.1. */
  static SocketAddressResolver loopbackFor(String name) {
    return answering(Map.of(name, List.of("127.0.0.1")));
  }

  static SocketAddressResolver answering(Map<String, List<String>> answers) {
    return (host, port, context, promise) -> {
      Optional<InetAddress> literal = IpLiterals.parse(host);
      List<String> addresses = literal.isPresent() ? List.of(host) : answers.get(host);
      if (addresses == null) {
        promise.failed(new UnknownHostException(host));
        return;
      }
      promise.succeeded(addresses.stream()
          .map(ip -> new InetSocketAddress(IpLiterals.parse(ip).orElseThrow(), port))
          .toList());
    };
  }
}
