package org.offerfacts.fetch;

import static org.offerfacts.fetch.FetchException.Reason.TIMEOUT;
import static org.offerfacts.fetch.FetchException.Reason.TOO_LARGE;
import static org.offerfacts.fetch.FetchException.Reason.UNREACHABLE;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertificateException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;
import org.eclipse.jetty.client.HttpResponseException;

/**
 * Turns what Jetty and the decoders throw into a {@link FetchException} whose message an end user
 * can act on. The technical cause stays attached for the log.
 */
final class FailureMessages {
  private final FetchPolicy policy;

  FailureMessages(FetchPolicy policy) {
    this.policy = policy;
  }

  FetchException tooLarge() {
    return new FetchException(TOO_LARGE,
        "the document is larger than " + HumanUnits.bytes(policy.maxBodyBytes()));
  }

  FetchException tookTooLong() {
    return new FetchException(TIMEOUT,
        "the page took longer than " + HumanUnits.duration(policy.totalTimeout()));
  }

  FetchException noAnswer(String host) {
    return new FetchException(TIMEOUT, noAnswerMessage(host));
  }

  /** The best message for a failure of one request to {@code host} while its body was read. */
  FetchException describe(Throwable failure, String host, Deadline deadline) {
    return describe(failure, host, deadline, true);
  }

  /**
   * The same, before the response headers arrived. Jetty's idle timeout equals our header
   * timeout, and its client may fail the exchange with it before our own wait for the headers
   * ends (12.1.14 does so often): a server that sent nothing at all did not answer, it did not
   * "stop sending".
   */
  FetchException describeBeforeHeaders(Throwable failure, String host, Deadline deadline) {
    return describe(failure, host, deadline, false);
  }

  /** Checks run most specific first. */
  private FetchException describe(Throwable failure, String host, Deadline deadline, boolean headersArrived) {
    FetchException ours = find(failure, FetchException.class);
    if (ours != null) {
      return ours; // a refusal from our resolver, already worded
    }
    if (find(failure, CappedInputStream.LimitExceeded.class) != null) {
      return tooLarge();
    }
    // Jetty reports its total timeout, its idle timeout and a connect timeout all as timeouts:
    // which limit it was is read from the clock first, then from the message.
    if (deadline.isReached()) {
      FetchException timeout = tookTooLong();
      timeout.initCause(failure);
      return timeout;
    }
    if (isConnectTimeout(failure)) {
      return new FetchException(TIMEOUT, "the server at " + host
          + " did not accept a connection within " + HumanUnits.duration(policy.connectTimeout()),
          failure);
    }
    if (find(failure, TimeoutException.class) != null
        || find(failure, SocketTimeoutException.class) != null) {
      return new FetchException(TIMEOUT, headersArrived
          ? "the server at " + host + " stopped sending for more than " + HumanUnits.duration(policy.headerTimeout())
          : noAnswerMessage(host), failure);
    }
    if (find(failure, UnknownHostException.class) != null
        || find(failure, UnresolvedAddressException.class) != null) {
      return unreachable("the host " + host + " could not be found", failure);
    }
    if (find(failure, ConnectException.class) != null) {
      return unreachable("the server at " + host + " refused the connection", failure);
    }
    if (find(failure, CertificateException.class) != null) {
      return unreachable("the secure connection to " + host
          + " failed: its certificate is not valid for it or not trusted", failure);
    }
    if (find(failure, SSLException.class) != null) {
      return unreachable("the secure connection to " + host + " failed", failure);
    }
    ContentDecoding.UnsupportedCoding coding = find(failure, ContentDecoding.UnsupportedCoding.class);
    if (coding != null) {
      return unreachable("the server at " + host
          + " sent the document in an encoding we cannot read (" + coding.getMessage() + ")", failure);
    }
    if (find(failure, ZipException.class) != null) {
      return unreachable("the server at " + host + " sent a damaged compressed document", failure);
    }
    if (find(failure, HttpResponseException.class) != null) {
      return unreachable("the server at " + host + " sent a response that is not valid HTTP", failure);
    }
    if (find(failure, EOFException.class) != null) {
      return unreachable("the connection to " + host
          + " closed before the whole document arrived", failure);
    }
    return unreachable("could not fetch from " + host, failure);
  }

  private String noAnswerMessage(String host) {
    return "the server at " + host + " did not answer within " + HumanUnits.duration(policy.headerTimeout());
  }

  private static FetchException unreachable(String message, Throwable cause) {
    return new FetchException(UNREACHABLE, message, cause);
  }

  private static boolean isConnectTimeout(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      boolean timeout = t instanceof SocketTimeoutException || t instanceof TimeoutException;
      if (timeout && String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("connect")) {
        return true;
      }
    }
    return false;
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    int depth = 0; // a cause chain can be built into a loop; never follow one forever
    for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
