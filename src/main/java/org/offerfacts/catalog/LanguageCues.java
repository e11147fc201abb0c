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
 * @param shortNegationCues words that deny only the noun right after them ("sans", "no"): they
 *                       reach {@code shortNegationWindow} words
 * @param shortNegationWindow how many words a short cue reaches forward
 * @param restrictiveCues cues that, followed by a word of {@code restrictiveWords}, mean "only"
 *                       ("ne … que")
 * @param restrictiveWords words that turn a restrictive cue into "only" ("que")
 * @param negationExceptions phrases that look negative but deny nothing ("sans frais")
 * @param denials        phrases after a term, in the same clause, that deny it ("not available")
 * @param clauseBreaks   where a negation's reach ends (", but", "; ", " mais ")
 * @param coordinations  words joining two statements in one clause (" and ", " et "): a number is
 *                       read on its trigger's side of them first
 * @param genericCues    segments speaking of the market or of third parties ("most ISPs"):
 *                       they state nothing about the supplier
 * @param habitualCues   words of habit ("usually"): generic unless the supplier speaks of itself
 * @param firstPerson    words by which the supplier speaks of itself ("we", "nous")
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
    List<String> shortNegationCues,
    int shortNegationWindow,
    List<String> restrictiveCues,
    List<String> restrictiveWords,
    List<String> negationExceptions,
    List<String> denials,
    List<String> clauseBreaks,
    List<String> coordinations,
    List<String> genericCues,
    List<String> habitualCues,
    List<String> firstPerson,
    List<String> hedges,
    List<String> yesWords,
    List<String> noWords,
    Map<String, Double> numberWords,
    Map<String, String> macros,
    Map<String, List<UnitConversion>> units) {}
