package org.offerfacts.extract;

import java.util.List;

/**
 * One reading of one segment by one rule, before its conditions are settled against the other
 * readings of the same segment.
 *
 * @param segment   index of the segment in its page
 * @param predicate the trigger that carries the statement: the last group's ("blocked" in "port
 *                  25 … blocked by default"), not a subject the clause may share with another
 * @param cues      condition cues standing close to the predicate
 * @param stated    conditions the rule's own wording states ("IPv6 prévu" is planned)
 */
record Draft(CompiledRule rule, int segment, int[] predicate, Object value, List<ConditionSettler.Cue> cues,
    List<String> stated, int start, int end, double confidence) {}
