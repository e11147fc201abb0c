package org.offerfacts.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import org.offerfacts.store.ContentStore;

/** Random values handed out once (session cookies, API tokens) and the digests we keep of them. */
public final class Secrets {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** 256 random bits, URL-safe. */
  public static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Stored instead of the secret: a database leak does not hand out working sessions or tokens. */
  public static String digest(String secret) {
    return ContentStore.sha256(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** A password for a first login, easy to type from a log line, changed at once. */
  public static String oneTimePassword() {
    String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) out.append('-');
      out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
