package org.offerfacts.catalog;

import java.util.List;
import java.util.Map;

/**
 * The words that tell how a sentence speaks, independent of any attribute: negation, clause
 * boundaries, generic talk about the market, hedges, yes and no in tables, numbers in words,
 * units. Loaded from {@code specs/language.yaml}.
 *
 * @param negationCues   words that negate a term they precede within {@code negationWindow} words
 * @param negationWindow how many words a negation cue reaches forward
 * @param negationExceptions phrases that look negative but deny nothing ("sans frais")
 * @param denials        phrases after a term, in the same clause, that deny it ("not available")
 * @param clauseBreaks   where a negation's reach ends (", but", "; ", " mais ")
 * @param genericCues    segments speaking of the market or of third parties ("most ISPs"):
 *                       they state nothing about the supplier
 * @param hedges         words that weaken a statement ("may", "généralement")
 * @param yesWords       table cells meaning yes ("Oui", "✓")
 * @param noWords        table cells meaning no ("Non", "✗")
 * @param numberWords    numbers written as words ("quatre" = 4)
 * @param macros         named regular expression pieces usable in rule patterns as {name}
 * @param units          attribute unit to the written units that convert to it
 */
public record LanguageCues(
    List<String> negationCues,
    int negationWindow,
    List<String> negationExceptions,
    List<String> denials,
    List<String> clauseBreaks,
    List<String> genericCues,
    List<String> hedges,
    List<String> yesWords,
    List<String> noWords,
    Map<String, Double> numberWords,
    Map<String, String> macros,
    Map<String, List<UnitConversion>> units) {}
