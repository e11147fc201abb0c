package org.offerfacts.catalog;

/** A group of attributes, one file in {@code specs/}. */
public record Category(String id, LocalizedText label, String file) {}
