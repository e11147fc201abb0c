package org.offerfacts.accounts;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id hashes in the PHC string format (parameters travel with each hash, so they can be
 * raised later without breaking old ones), and the one rule we impose on a new password.
 */
public final class Passwords {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 200;
  private static final Argon2PasswordEncoder ENCODER = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

  private Passwords() {}

  public static String hash(String password) {
    check(password);
    return ENCODER.encode(password);
  }

  public static boolean matches(String password, String hash) {
    if (password == null || password.length() > MAX_LENGTH) return false;
    return ENCODER.matches(password, hash);
  }

  /** Length is what makes a password strong; we ask for it and nothing else. */
  public static void check(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("a password needs at least " + MIN_LENGTH + " characters");
    }
    if (password.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a password has at most " + MAX_LENGTH + " characters");
    }
  }
}
