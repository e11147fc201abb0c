package org.offerfacts.fetch;

import static org.offerfacts.fetch.FetchException.Reason.BAD_URL;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks a URL passes before any DNS lookup or connection: scheme, credentials, host, port,
 * length, and — for IP literals — the address itself. Runs again on every redirect target.
 */
final class UrlCheck {
  static final int MAX_LENGTH = 2048;

  private final FetchPolicy policy;
  private final AddressPolicy addresses;

  UrlCheck(FetchPolicy policy, AddressPolicy addresses) {
    this.policy = policy;
    this.addresses = addresses;
  }

  /** The URL, normalised (lower-case scheme and host, no fragment), if it may be requested. */
  URI check(String url) throws FetchException {
    if (url == null || url.isBlank()) {
      throw bad("refused: the address is empty");
    }
    String text = url.strip();
    if (text.length() > MAX_LENGTH) {
      throw bad("refused: the address is longer than " + MAX_LENGTH + " characters");
    }
    URI uri = parse(text);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!FetchPolicy.SCHEMES.contains(scheme)) {
      throw bad("refused: only http and https URLs are fetched");
    }
    if (uri.isOpaque() || uri.getRawAuthority() == null) {
      throw bad("refused: that is not a valid web address");
    }
    // Credentials would be sent to whatever host the URL names, and "user@host" tricks the eye.
    if (uri.getRawUserInfo() != null || uri.getRawAuthority().contains("@")) {
      throw bad("refused: addresses with a user name or password are not fetched");
    }
    String host = checkHost(uri);
    int port = uri.getPort() == -1 ? defaultPort(scheme) : uri.getPort();
    if (!policy.allowedPorts().contains(port)) {
      throw bad("refused: port " + port + " is not allowed (only " + policy.allowedPortsText() + ")");
    }
    Optional<InetAddress> literal = IpLiterals.parse(host);
    if (literal.isPresent()) {
      addresses.check(host, literal.get());
    }
    return normalize(uri, scheme, host);
  }

  private static URI parse(String text) throws FetchException {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new FetchException(BAD_URL, "refused: that is not a valid web address", e);
    }
  }

  /** The host, lower-case, if it is a DNS name or a canonical IP literal. */
  private static String checkHost(URI uri) throws FetchException {
    String host = uri.getHost();
    // java.net.URI gives no host for forms like "0x7f.1" or "127.1": dig it out to say why.
    String written = host != null ? host : hostPart(uri.getRawAuthority());
    if (written.startsWith("[")) {
      if (host == null || !IpLiterals.isLiteral(host)) {
        throw bad("refused: " + written + " is not a valid IPv6 address");
      }
    } else if (IpLiterals.looksNumeric(written) && !IpLiterals.isLiteral(written)) {
      throw bad("refused: " + written + " is not a normal IP address");
    }
    if (host == null || host.isEmpty()) {
      throw bad("refused: the address has no valid host name");
    }
    return host.toLowerCase(Locale.ROOT);
  }

  private static String hostPart(String authority) {
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      return close < 0 ? authority : authority.substring(0, close + 1);
    }
    int colon = authority.lastIndexOf(':');
    return colon < 0 ? authority : authority.substring(0, colon);
  }

  private static URI normalize(URI uri, String scheme, String host) throws FetchException {
    String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return parse(scheme + "://" + host + port + path + query);
  }

  private static FetchException bad(String message) {
    return new FetchException(BAD_URL, message);
  }

  private static int defaultPort(String scheme) {
    return scheme.equals("https") ? 443 : 80;
  }
}
