package org.offerfacts.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedSourcesTest {

  @Test
  void entries_are_read_as_ranges_addresses_or_host_names() {
    TrustedSources trusted =
        TrustedSources.parse(List.of("10.20.0.0/16", " 192.168.1.7 ", "fd12::/64", "Intranet.Example.com.", ""));

    assertThat(trusted.ranges()).hasSize(3);
    assertThat(trusted.hostNames()).containsExactly("intranet.example.com");
  }

  @Test
  void trusted_range_admits_its_addresses_under_any_name() {
    TrustedSources trusted = TrustedSources.parse(List.of("10.20.0.0/16"));

    assertThat(trusted.trusts("wiki.corp", ip("10.20.3.4"))).isTrue();
    assertThat(trusted.trusts("wiki.corp", ip("10.21.3.4"))).isFalse();
  }

  @Test
  void trusted_name_admits_any_address_for_that_name_only() {
    TrustedSources trusted = TrustedSources.parse(List.of("intranet.example.com"));

    assertThat(trusted.trusts("INTRANET.example.com.", ip("10.1.1.1"))).isTrue();
    assertThat(trusted.trusts("other.example.com", ip("10.1.1.1"))).isFalse();
  }

  @Test
  void metadata_address_is_not_admitted_by_a_wider_range_or_a_trusted_name() {
    TrustedSources trusted = TrustedSources.parse(List.of("169.254.0.0/16", "devices.corp"));

    assertThat(trusted.trusts("x", ip("169.254.1.1"))).isTrue();
    assertThat(trusted.trusts("x", ip("169.254.169.254"))).isFalse();
    assertThat(trusted.trusts("devices.corp", ip("169.254.169.254"))).isFalse();
  }

  @Test
  void metadata_address_is_admitted_only_when_named_exactly() {
    TrustedSources trusted = TrustedSources.parse(List.of("169.254.169.254"));

    assertThat(trusted.trusts("x", ip("169.254.169.254"))).isTrue();
  }

  @Test
  void odd_numeric_entry_is_rejected_instead_of_being_taken_for_a_name() {
    assertThatThrownBy(() -> TrustedSources.parse(List.of("0x7f.1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static InetAddress ip(String text) {
    return IpLiterals.parse(text).orElseThrow();
  }
}
