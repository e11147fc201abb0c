package org.offerfacts.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;

/**
 * One GET without following redirects: wait for the headers, then either hand back the redirect
 * or stream the body under the caps. Every way out aborts what is left of the exchange, so a
 * hostile server never keeps a connection or a thread busy after we have decided.
 */
final class SingleExchange {
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final HttpClient client;
  private final FetchPolicy policy;
  private final BodyReader bodyReader;
  private final FailureMessages messages;

  SingleExchange(HttpClient client, FetchPolicy policy, FailureMessages messages) {
    this.client = client;
    this.policy = policy;
    this.bodyReader = new BodyReader(policy.maxBodyBytes());
    this.messages = messages;
  }

  Hop send(URI uri, Deadline deadline) throws FetchException {
    String host = uri.getHost();
    if (deadline.hasPassed()) {
      throw messages.tookTooLong();
    }
    // Jetty's total timeout runs until the response is complete, body included: it is what stops
    // a body that trickles one byte a second, since each byte resets the idle timeout.
    Request request =
        client
            .newRequest(uri)
            .method(HttpMethod.GET)
            .followRedirects(false)
            // Jetty reads a timeout of 0 as "none": never hand it one.
            .timeout(Math.max(1, deadline.remainingMillis()), TimeUnit.MILLISECONDS)
            .idleTimeout(policy.headerTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .headers(headers -> headers
                .put(HttpHeader.ACCEPT, "*/*")
                .put(HttpHeader.ACCEPT_ENCODING, ContentDecoding.ACCEPT_ENCODING));
    InputStreamResponseListener listener = new InputStreamResponseListener();
    request.send(listener);
    try {
      Response response = awaitHeaders(listener, host, deadline);
      int status = response.getStatus();
      if (REDIRECTS.contains(status)) {
        // The body of a redirect is never read: it can only waste time or memory.
        request.abort(new CancellationException("redirect followed without reading its body"));
        return new Hop.Redirect(status, response.getHeaders().get(HttpHeader.LOCATION));
      }
      return readBody(response, listener, host, deadline);
    } catch (FetchException refused) {
      request.abort(new CancellationException(refused.getMessage()));
      throw refused;
    }
  }

  private Response awaitHeaders(InputStreamResponseListener listener, String host, Deadline deadline)
      throws FetchException {
    long headerMillis = policy.headerTimeout().toMillis();
    long remaining = deadline.remainingMillis();
    try {
      return listener.get(Math.min(headerMillis, remaining), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw remaining <= headerMillis ? messages.tookTooLong() : messages.noAnswer(host);
    } catch (ExecutionException e) {
      throw messages.describeBeforeHeaders(e.getCause(), host, deadline);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(FetchException.Reason.UNREACHABLE, "the fetch was interrupted", e);
    }
  }

  private Hop readBody(
      Response response, InputStreamResponseListener listener, String host, Deadline deadline)
      throws FetchException {
    int status = response.getStatus();
    if (status < 200 || status > 299) {
      throw new FetchException(FetchException.Reason.UNREACHABLE, "HTTP " + status + " from " + host);
    }
    long declared = response.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
    if (declared > policy.maxBodyBytes()) {
      throw messages.tooLarge();
    }
    String encoding = response.getHeaders().get(HttpHeader.CONTENT_ENCODING);
    try (InputStream wire = listener.getInputStream()) {
      byte[] body = bodyReader.read(wire, encoding);
      return new Hop.Body(response.getHeaders().get(HttpHeader.CONTENT_TYPE), body);
    } catch (IOException e) {
      throw messages.describe(e, host, deadline);
    }
  }
}
