package org.offerfacts.catalog;

import java.util.List;

/**
 * A qualifier a fact may carry ("on_request", "paid_option"), with the words that signal it.
 *
 * @param id     vocabulary id used in output and filters
 * @param label  shown next to a value
 * @param cues   terms that signal the condition in the same segment as the fact
 * @param except phrases that hold a cue without signalling the condition ("y compris" is not
 *               "compris")
 * @param negatesAvailability true for conditions such as "planned": a feature that is only
 *               announced is not available today, so a boolean "true" becomes "false"
 */
public record Condition(String id, LocalizedText label, List<String> cues, List<String> except,
    boolean negatesAvailability) {}
