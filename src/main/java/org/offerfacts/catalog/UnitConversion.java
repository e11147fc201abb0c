package org.offerfacts.catalog;

import java.util.regex.Pattern;

/**
 * How a written unit converts to an attribute's unit: "Gbit/s" is 1000 "Mbit/s".
 *
 * @param match  pattern over the folded (lowercase, unaccented) unit as written
 * @param factor multiplier to the attribute's unit
 */
public record UnitConversion(Pattern match, double factor) {}
