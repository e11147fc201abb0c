package org.offerfacts.accounts;

/** Someone who signs in. The password hash never leaves {@link UserStore}. */
public record User(long id, String email, Role role, boolean mustChangePassword, String createdAt, boolean disabled) {}
