package org.offerfacts.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpLiteralsTest {

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "0.0.0.0", "255.255.255.255", "8.8.8.8", "::1", "[::1]",
      "fe80::1", "::ffff:127.0.0.1", "2001:db8::1"})
  void canonical_literal_is_parsed(String text) {
    assertThat(IpLiterals.parse(text)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2130706433", "0177.0.0.1", "0x7f.1", "0x7f.0.0.1", "127.1", "127.0.0.01",
      "256.0.0.1", "1.2.3.4.5", "127.0.0.1.", "example.com", "localhost", "fe80::1%eth0",
      "[fe80::1%25eth0]", "::g", "", "1.2.3"})
  void anything_but_a_canonical_literal_is_not_parsed(String text) {
    assertThat(IpLiterals.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2130706433", "0177.0.0.1", "0x7f.1", "127.1", "127.0.0.1.", "1.2.3.4.5",
      "example.123", "0x", "a.0XfF"})
  void host_ending_in_a_number_looks_numeric(String host) {
    assertThat(IpLiterals.looksNumeric(host)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.com", "cafe.de", "localhost", "1password.com", "x1.org", "0xdead.beef"})
  void ordinary_host_names_do_not_look_numeric(String host) {
    assertThat(IpLiterals.looksNumeric(host)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "0:0:0:0:0:0:0:1, ::1",
    "0:0:0:0:0:0:0:0, ::",
    "fd00:ec2:0:0:0:0:0:254, fd00:ec2::254",
    "2001:db8:0:1:0:0:0:1, 2001:db8:0:1::1",
    "2001:db8:1:2:3:4:5:6, 2001:db8:1:2:3:4:5:6",
    "10.0.0.5, 10.0.0.5",
    "::ffff:127.0.0.1, ::ffff:127.0.0.1",
  })
  void address_is_formatted_the_short_way(String written, String expected) {
    assertThat(IpLiterals.format(IpLiterals.parse(written).orElseThrow())).isEqualTo(expected);
  }
}
