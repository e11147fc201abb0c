package org.offerfacts.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {
  private final AddressPolicy strict = new AddressPolicy(TrustedSources.NONE);

  @Test
  void public_addresses_are_allowed() {
    assertThatCode(() -> strict.checkAll("example.com", List.of(ip("93.184.216.34"), ip("2606:2800:220:1::1"))))
        .doesNotThrowAnyException();
  }

  @Test
  void name_resolving_to_a_private_address_is_refused_with_a_readable_message() {
    assertThatThrownBy(() -> strict.checkAll("example.internal", List.of(ip("10.0.0.5"))))
        .isInstanceOf(FetchException.class)
        .hasMessage("refused: example.internal resolves to 10.0.0.5, a private address")
        .extracting(e -> ((FetchException) e).reason())
        .isEqualTo(FetchException.Reason.FORBIDDEN_ADDRESS);
  }

  @Test
  void one_forbidden_address_among_public_ones_refuses_the_host() {
    assertThatThrownBy(() -> strict.checkAll("mixed.example", List.of(ip("93.184.216.34"), ip("127.0.0.1"))))
        .hasMessage("refused: mixed.example resolves to 127.0.0.1, a loopback address");
  }

  @Test
  void literal_host_is_named_once_in_the_message() {
    assertThatThrownBy(() -> strict.check("::1", ip("::1")))
        .hasMessage("refused: ::1 is a loopback address");
    assertThatThrownBy(() -> strict.check("[fd00:ec2::254]", ip("fd00:ec2::254")))
        .hasMessage("refused: fd00:ec2::254 is a cloud metadata address");
  }

  @Test
  void trusted_range_lets_its_addresses_through() {
    AddressPolicy intranet = new AddressPolicy(TrustedSources.parse(List.of("10.0.0.0/8")));

    assertThatCode(() -> intranet.checkAll("wiki.corp", List.of(ip("10.0.0.5")))).doesNotThrowAnyException();
    assertThatThrownBy(() -> intranet.checkAll("wiki.corp", List.of(ip("10.0.0.5"), ip("192.168.0.1"))))
        .hasMessageContaining("192.168.0.1, a private address");
  }

  @Test
  void host_without_addresses_is_unreachable_not_allowed() {
    assertThatThrownBy(() -> strict.checkAll("nothing.example", List.of()))
        .extracting(e -> ((FetchException) e).reason())
        .isEqualTo(FetchException.Reason.UNREACHABLE);
  }

  private static InetAddress ip(String text) {
    return IpLiterals.parse(text).orElseThrow();
  }
}
