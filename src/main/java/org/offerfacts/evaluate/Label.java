package org.offerfacts.evaluate;

/**
 * A fact a careful technician recorded from a corpus document.
 *
 * @param attribute core attribute id
 * @param value     Boolean, Double or String, as in the labels file
 * @param evidence  the verbatim quote the technician relied on
 */
public record Label(String attribute, Object value, String evidence) {}
