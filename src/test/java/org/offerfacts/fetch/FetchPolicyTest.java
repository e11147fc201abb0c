package org.offerfacts.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FetchPolicyTest {

  @Test
  void defaults_are_the_documented_limits() {
    FetchPolicy policy = FetchPolicy.DEFAULT;

    assertThat(policy.allowedPorts()).containsExactlyInAnyOrder(80, 443);
    assertThat(policy.maxRedirects()).isEqualTo(5);
    assertThat(policy.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(policy.headerTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(policy.totalTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.maxBodyBytes()).isEqualTo(50L * 1024 * 1024);
    assertThat(policy.trusted().isEmpty()).isTrue();
    assertThat(policy.userAgent()).isEqualTo("offerfacts/0.1 (+document fetcher)");
    assertThat(FetchPolicy.SCHEMES).containsExactlyInAnyOrder("http", "https");
  }

  @Test
  void withers_change_one_limit_and_leave_the_default_alone() {
    FetchPolicy changed = FetchPolicy.DEFAULT.withMaxBodyBytes(1024).withTrusted("10.0.0.0/8", "wiki.corp");

    assertThat(changed.maxBodyBytes()).isEqualTo(1024);
    assertThat(changed.trusted().hostNames()).containsExactly("wiki.corp");
    assertThat(changed.totalTimeout()).isEqualTo(FetchPolicy.DEFAULT.totalTimeout());
    assertThat(FetchPolicy.DEFAULT.maxBodyBytes()).isEqualTo(50L * 1024 * 1024);
    assertThat(FetchPolicy.DEFAULT.trusted().isEmpty()).isTrue();
  }

  @Test
  void nonsense_limits_are_rejected_when_the_policy_is_built() {
    assertThatThrownBy(() -> FetchPolicy.DEFAULT.withAllowedPorts(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FetchPolicy.DEFAULT.withAllowedPorts()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FetchPolicy.DEFAULT.withMaxRedirects(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FetchPolicy.DEFAULT.withTotalTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FetchPolicy.DEFAULT.withMaxBodyBytes(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FetchPolicy.DEFAULT.withTrusted("10.0.0.0/40")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FetchPolicy.DEFAULT.withUserAgent(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void limits_are_written_for_people() {
    assertThat(HumanUnits.duration(Duration.ofSeconds(30))).isEqualTo("30 s");
    assertThat(HumanUnits.duration(Duration.ofMillis(1500))).isEqualTo("1.5 s");
    assertThat(HumanUnits.duration(Duration.ofMillis(500))).isEqualTo("500 ms");
    assertThat(HumanUnits.bytes(50L * 1024 * 1024)).isEqualTo("50 MiB");
    assertThat(HumanUnits.bytes(64 * 1024)).isEqualTo("64 KiB");
    assertThat(HumanUnits.bytes(1000)).isEqualTo("1000 bytes");
    assertThat(FetchPolicy.DEFAULT.withAllowedPorts(443, 80, 8080).allowedPortsText()).isEqualTo("80, 443 and 8080");
  }
}
