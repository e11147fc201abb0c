package org.offerfacts.catalog;

import java.util.List;

/**
 * One comparable fact about an offer, as the catalog in {@code specs/} defines it.
 *
 * @param id         stable id used by the API, URLs and evaluation data ("ipv6")
 * @param category   the catalog file's category ("connectivity")
 * @param type       how the value is typed
 * @param unit       unit of numeric values ("Mbit/s", "hours"), else null
 * @param label      short name shown in tables
 * @param meaning    one line saying what the value means
 * @param question   the question to ask a supplier in writing
 * @param enumValues allowed values for enums, else empty
 * @param rules      how suppliers state it
 * @param core       one of the attributes every comparison must hold (shared/core-attributes.md)
 */
public record Attribute(
    String id,
    String category,
    AttributeType type,
    String unit,
    LocalizedText label,
    LocalizedText meaning,
    LocalizedText question,
    List<String> enumValues,
    List<Rule> rules,
    boolean core) {}
