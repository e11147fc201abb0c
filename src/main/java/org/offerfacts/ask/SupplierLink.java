package org.offerfacts.ask;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.offerfacts.accounts.Secrets;

/**
 * The supplier's secret page: {@code /answer/TOKEN}, where the token (256 random bits) is handed
 * out in the e-mail and only its digest is stored. Its form is not behind a session, so it
 * carries its own CSRF token: an HMAC, keyed by the link's digest (which never leaves the
 * server), of the time the form was shown. Another site can neither read nor forge it, and it
 * dies after {@link #FORM_LIFETIME}.
 */
public final class SupplierLink {
  public static final Duration FORM_LIFETIME = Duration.ofDays(2);
  /** How long a link outlives the list's due date, for late answers. */
  public static final int DAYS_AFTER_DUE = 30;

  private SupplierLink() {}

  public static String newToken() {
    return Secrets.random();
  }

  public static String digest(String token) {
    return Secrets.digest(token);
  }

  /** What a URL's token may look like before we even hash it: base64url of 32 bytes. */
  public static boolean wellFormed(String token) {
    return token != null && token.matches("[A-Za-z0-9_-]{43}");
  }

  /** "1733268000.9f86d0…": when the form was shown, and the HMAC of that time under the link. */
  public static String formToken(String linkDigest, Instant shown) {
    String at = String.valueOf(shown.getEpochSecond());
    return at + "." + hmac(linkDigest, at);
  }

  public static boolean validForm(String linkDigest, String token, Instant now) {
    if (token == null || !token.matches("\\d{1,12}\\.[0-9a-f]{64}")) return false;
    String at = token.substring(0, token.indexOf('.'));
    Instant shown = Instant.ofEpochSecond(Long.parseLong(at));
    if (shown.isAfter(now.plusSeconds(60)) || shown.plus(FORM_LIFETIME).isBefore(now)) return false;
    return MessageDigest.isEqual(hmac(linkDigest, at).getBytes(StandardCharsets.US_ASCII),
        token.substring(at.length() + 1).getBytes(StandardCharsets.US_ASCII));
  }

  private static String hmac(String key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(("answer-form:" + key).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }
}
