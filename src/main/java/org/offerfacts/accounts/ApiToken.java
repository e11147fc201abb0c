package org.offerfacts.accounts;

/** An API token as listed: never the secret itself, only its first characters to recognise it. */
public record ApiToken(long id, long userId, String name, String prefix, String createdAt, String lastUsedAt,
    boolean revoked) {}
