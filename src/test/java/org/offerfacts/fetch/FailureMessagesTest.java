package org.offerfacts.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Which limit a timeout was, told from when it came. Jetty's idle timeout equals the header
 * timeout, so for a silent server either timer may fire first: since 12.1.14 it is often Jetty's,
 * and its exception must still read as "did not answer", not as a body that stopped.
 */
class FailureMessagesTest {
  private final FailureMessages messages =
      new FailureMessages(FetchPolicy.DEFAULT.withHeaderTimeout(Duration.ofMillis(500)));
  private final Deadline farAway = Deadline.after(Duration.ofMinutes(1));

  /** What jetty-client 12.1.14 fails an exchange with when the connection stays silent. */
  private static Throwable jettyIdleTimeout() {
    return new TimeoutException("Idle timeout 500 ms elapsed");
  }

  @Test
  void jetty_s_idle_timeout_before_the_headers_is_a_server_that_did_not_answer() {
    Throwable idle = jettyIdleTimeout();

    FetchException described = messages.describeBeforeHeaders(idle, "example.com", farAway);

    assertThat(described.reason()).isEqualTo(FetchException.Reason.TIMEOUT);
    assertThat(described).hasMessage("the server at example.com did not answer within 500 ms").hasCause(idle);
  }

  @Test
  void jetty_s_idle_timeout_while_the_body_is_read_is_a_server_that_stopped_sending() {
    FetchException described = messages.describe(jettyIdleTimeout(), "example.com", farAway);

    assertThat(described).hasMessage("the server at example.com stopped sending for more than 500 ms");
  }

  @Test
  void a_socket_read_timeout_before_the_headers_is_no_answer_too() {
    FetchException described = messages.describeBeforeHeaders(
        new java.io.IOException(new SocketTimeoutException("Read timed out")), "example.com", farAway);

    assertThat(described).hasMessage("the server at example.com did not answer within 500 ms");
  }

  @Test
  void a_connect_timeout_and_the_total_deadline_keep_their_own_messages_before_the_headers() {
    assertThat(messages.describeBeforeHeaders(new SocketTimeoutException("Connect timeout"), "example.com", farAway))
        .hasMessageStartingWith("the server at example.com did not accept a connection within");
    assertThat(messages.describeBeforeHeaders(jettyIdleTimeout(), "example.com", Deadline.after(Duration.ZERO)))
        .hasMessageStartingWith("the page took longer than");
  }
}
