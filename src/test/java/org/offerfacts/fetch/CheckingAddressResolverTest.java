package org.offerfacts.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.junit.jupiter.api.Test;

/** The resolver in front of Jetty, fed by a fake DNS that answers whatever the test says. */
class CheckingAddressResolverTest {

  @Test
  void public_answer_is_handed_to_jetty_address_for_address() throws Exception {
    List<InetSocketAddress> answer = List.of(socket("93.184.216.34"), socket("2606:2800:220:1::1"));

    assertThat(resolve(TrustedSources.NONE, "example.com", answer).get())
        .extracting(InetSocketAddress::getAddress)
        .containsExactlyElementsOf(answer.stream().map(InetSocketAddress::getAddress).toList());
  }

  @Test
  void addresses_handed_to_jetty_carry_the_host_name_for_tls() throws Exception {
    // Jetty's TLS takes SNI and the certificate name from here; a bare IP would check the IP.
    List<InetSocketAddress> handedOver =
        resolve(TrustedSources.NONE, "docs.supplier.example", List.of(socket("93.184.216.34"))).get();

    assertThat(handedOver).singleElement().satisfies(address -> {
      assertThat(address.getHostString()).isEqualTo("docs.supplier.example");
      assertThat(address.getAddress().getHostAddress()).isEqualTo("93.184.216.34");
      assertThat(address.getPort()).isEqualTo(80);
    });
  }

  @Test
  void one_private_address_in_the_answer_refuses_the_whole_host() {
    Throwable failure = failure(TrustedSources.NONE, "rebind.example",
        List.of(socket("93.184.216.34"), socket("10.0.0.5")));

    assertThat(failure)
        .isInstanceOf(FetchException.class)
        .hasMessage("refused: rebind.example resolves to 10.0.0.5, a private address");
  }

  @Test
  void metadata_answer_is_refused() {
    Throwable failure = failure(TrustedSources.NONE, "metadata.example", List.of(socket("169.254.169.254")));

    assertThat(failure).hasMessageContaining("169.254.169.254, a cloud metadata address");
  }

  @Test
  void ipv4_mapped_loopback_answer_is_refused() {
    Throwable failure = failure(TrustedSources.NONE, "mapped.example", List.of(socket("::ffff:127.0.0.1")));

    assertThat(failure).hasMessageContaining("a loopback address");
  }

  @Test
  void trusted_intranet_answer_is_handed_to_jetty() throws Exception {
    TrustedSources trusted = TrustedSources.parse(List.of("10.20.0.0/16"));
    List<InetSocketAddress> answer = List.of(socket("10.20.0.7"));

    assertThat(resolve(trusted, "wiki.corp", answer).get())
        .extracting(InetSocketAddress::getAddress)
        .containsExactlyElementsOf(answer.stream().map(InetSocketAddress::getAddress).toList());
  }

  @Test
  void unresolved_entry_is_never_handed_to_jetty() {
    Throwable failure = failure(TrustedSources.NONE, "lazy.example",
        List.of(InetSocketAddress.createUnresolved("lazy.example", 80)));

    assertThat(failure).isInstanceOf(FetchException.class).hasMessageContaining("could not be found");
  }

  @Test
  void dns_failure_is_passed_on() {
    SocketAddressResolver failingDns =
        (host, port, context, promise) -> promise.failed(new UnknownHostException(host));
    CompletableFuture<List<InetSocketAddress>> result = new CompletableFuture<>();

    new CheckingAddressResolver(failingDns, new AddressPolicy(TrustedSources.NONE))
        .resolve("nowhere.example", 80, Map.of(), Promise.from(result));

    assertThat(result).isCompletedExceptionally();
  }

  private static CompletableFuture<List<InetSocketAddress>> resolve(
      TrustedSources trusted, String host, List<InetSocketAddress> dnsAnswer) {
    SocketAddressResolver fakeDns = (h, port, context, promise) -> promise.succeeded(dnsAnswer);
    CompletableFuture<List<InetSocketAddress>> result = new CompletableFuture<>();
    new CheckingAddressResolver(fakeDns, new AddressPolicy(trusted))
        .resolve(host, 80, Map.of(), Promise.from(result));
    return result;
  }

  private static Throwable failure(TrustedSources trusted, String host, List<InetSocketAddress> dnsAnswer) {
    try {
      List<InetSocketAddress> handedOver = resolve(trusted, host, dnsAnswer).get();
      throw new AssertionError("Jetty was handed " + Arrays.toString(handedOver.toArray()));
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private static InetSocketAddress socket(String ip) {
    return new InetSocketAddress(IpLiterals.parse(ip).orElseThrow(), 80);
  }
}
