/**
 * Fetching user-supplied URLs without handing the internal network to whoever types them (SSRF).
 *
 * <p>Where each rule lives:
 *
 * <ul>
 *   <li>{@link org.offerfacts.fetch.FetchPolicy}: the limits (ports, redirects, timeouts, size,
 *       trusted intranet sources).
 *   <li>{@code UrlCheck}: scheme, credentials, host form, port, length — before any DNS lookup,
 *       for the first URL and every redirect target.
 *   <li>{@link org.offerfacts.fetch.AddressClassifier} and {@code AddressPolicy}: which addresses
 *       are never connected to unless trusted.
 *   <li>{@code CheckingAddressResolver}: the only path from a host name to a socket address in
 *       Jetty, so the address connected to is the address checked (no DNS rebinding window).
 *   <li>{@code SingleExchange} and {@code BodyReader}: one request under the time limits, the body
 *       under the size cap, counted on the wire and after decompression.
 *   <li>{@link org.offerfacts.fetch.SafeHttpFetcher}: the long-lived client and the redirect loop.
 * </ul>
 */
package org.offerfacts.fetch;
