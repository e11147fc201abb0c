package org.offerfacts.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrRangeTest {

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource({
    "10.0.0.0/8, 10.255.255.255, true",
    "10.0.0.0/8, 11.0.0.0, false",
    "172.16.0.0/12, 172.31.0.1, true",
    "172.16.0.0/12, 172.32.0.1, false",
    "127.0.0.1, 127.0.0.1, true",
    "127.0.0.1, 127.0.0.2, false",
    "0.0.0.0/0, 8.8.8.8, true",
    "fe80::/10, febf::1, true",
    "fe80::/10, fec0::1, false",
    "::1, ::1, true",
    "10.0.0.0/8, ::ffff:10.0.0.1, false",
    "::/0, 10.0.0.1, false",
  })
  void range_contains_exactly_its_addresses(String range, String address, boolean expected) {
    assertThat(CidrRange.parse(range).contains(ip(address))).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0/33", "::/129", "10.0.0.0/-1", "10.0.0.0/x", "example.com/8", "0x7f.1/8"})
  void malformed_range_is_rejected(String text) {
    assertThatThrownBy(() -> CidrRange.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bare_address_is_a_single_address_range() {
    assertThat(CidrRange.parse("192.168.1.7").isSingleAddress()).isTrue();
    assertThat(CidrRange.parse("192.168.1.0/24").isSingleAddress()).isFalse();
  }

  private static InetAddress ip(String text) {
    return IpLiterals.parse(text).orElseThrow();
  }
}
