package org.offerfacts.ask;

/** An e-mail as we compose it: one subject carrying the list's reference, one plain-text body. */
public record Letter(String to, String subject, String body) {}
