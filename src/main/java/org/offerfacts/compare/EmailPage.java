package org.offerfacts.compare;

/** The current table ready to paste in an e-mail: as HTML with inline styles, and as plain text. */
public record EmailPage(ComparisonView view, String plainText, String permalink, String backHref) {}
