package org.offerfacts.accounts;

/**
 * A signed-in browser.
 *
 * @param secret the cookie value, known only at creation (we keep its digest)
 * @param csrf   the token every state-changing form of this session must send back
 */
public record Session(String secret, User user, String csrf, String expiresAt) {}
