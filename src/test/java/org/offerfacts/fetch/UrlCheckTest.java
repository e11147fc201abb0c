package org.offerfacts.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.offerfacts.fetch.FetchException.Reason.BAD_URL;
import static org.offerfacts.fetch.FetchException.Reason.FORBIDDEN_ADDRESS;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks that need neither DNS nor a connection: every URL here is refused or passed offline. */
class UrlCheckTest {
  private final UrlCheck check = new UrlCheck(FetchPolicy.DEFAULT, new AddressPolicy(TrustedSources.NONE));

  @Test
  void ordinary_url_is_normalised_and_loses_its_fragment() throws Exception {
    assertThat(check.check("  HTTPS://Example.COM/Docs/a%20b.pdf?x=1#page=2 ").toString())
        .isEqualTo("https://example.com/Docs/a%20b.pdf?x=1");
    assertThat(check.check("http://example.com").toString()).isEqualTo("http://example.com/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.com/x", "file:///etc/passwd", "gopher://example.com/",
      "jar:http://example.com/a.jar!/", "javascript:alert(1)", "example.com/no-scheme", "//example.com/"})
  void non_http_schemes_are_refused(String url) {
    assertRefused(url, BAD_URL, "refused: only http and https URLs are fetched");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://user:pass@example.com/", "http://user@example.com/",
      "http://example.com@169.254.169.254/", "https://:@example.com/"})
  void credentials_in_the_url_are_refused(String url) {
    assertRefused(url, BAD_URL, "refused: addresses with a user name or password are not fetched");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://example.com:8080/", "http://example.com:22/", "https://example.com:8443/x",
      "http://example.com:0/", "http://example.com:99999/"})
  void ports_outside_the_policy_are_refused(String url) {
    assertRefused(url, BAD_URL, "is not allowed (only 80 and 443)");
  }

  @Test
  void configured_port_is_allowed() throws Exception {
    UrlCheck lenient = new UrlCheck(FetchPolicy.DEFAULT.withAllowedPorts(8080), new AddressPolicy(TrustedSources.NONE));

    assertThat(lenient.check("http://example.com:8080/").getPort()).isEqualTo(8080);
    assertThatThrownBy(() -> lenient.check("http://example.com/")).hasMessageContaining("port 80 is not allowed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://2130706433/", "http://0177.0.0.1/", "http://0x7f.1/", "http://0x7f.0.0.1/",
      "http://127.1/", "http://127.0.0.1./", "http://017700000001/", "http://0/", "http://1.2.3.4.5/"})
  void numeric_hosts_in_odd_forms_are_refused(String url) {
    assertRefused(url, BAD_URL, "is not a normal IP address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1/", "http://[::1]/", "http://10.0.0.5/", "http://169.254.169.254/latest/",
      "http://[fd00:ec2::254]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/", "http://0.0.0.0/",
      "http://100.100.100.200/", "http://[64:ff9b::a9fe:a9fe]/", "http://[fe80::1]/", "http://224.0.0.1/"})
  void literal_internal_addresses_are_refused_before_any_connection(String url) {
    assertRefused(url, FORBIDDEN_ADDRESS, "refused: ");
  }

  @Test
  void literal_refusal_says_what_kind_of_address_it_is() {
    assertRefused("http://169.254.169.254/latest/meta-data/", FORBIDDEN_ADDRESS,
        "refused: 169.254.169.254 is a cloud metadata address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://[fe80::1%25eth0]/", "http://[::1/", "http://exa mple.com/", "http:opaque",
      "http://", "http:///path", "http://a_b.example/", "", "   "})
  void malformed_urls_are_refused(String url) {
    assertRefused(url, BAD_URL, "refused: ");
  }

  @Test
  void overlong_url_is_refused() {
    String url = "http://example.com/" + "a".repeat(UrlCheck.MAX_LENGTH);

    assertRefused(url, BAD_URL, "longer than 2048 characters");
  }

  @Test
  void url_of_exactly_the_maximum_length_passes() throws Exception {
    String prefix = "http://example.com/";
    String url = prefix + "a".repeat(UrlCheck.MAX_LENGTH - prefix.length());

    assertThat(check.check(url).toString()).hasSize(UrlCheck.MAX_LENGTH);
  }

  @Test
  void public_literal_passes() throws Exception {
    assertThat(check.check("http://93.184.216.34/x").getHost()).isEqualTo("93.184.216.34");
    assertThat(check.check("https://[2606:2800:220:1::1]/").getHost()).isEqualTo("[2606:2800:220:1::1]");
  }

  private void assertRefused(String url, FetchException.Reason reason, String message) {
    assertThatThrownBy(() -> check.check(url))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining(message)
        .extracting(e -> ((FetchException) e).reason())
        .isEqualTo(reason);
  }
}
