package org.offerfacts.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.catalog.Condition;
import org.offerfacts.catalog.LanguageCues;
import org.offerfacts.catalog.Rule;
import org.offerfacts.catalog.ValueTransform;

/** The catalog compiled once for extraction: every term interned and scanned for in one pass. */
final class RuleBook {
  final Catalog catalog;
  final List<CompiledRule> rules = new ArrayList<>();
  final Map<Condition, int[]> conditionCues = new LinkedHashMap<>();
  final Map<Condition, int[]> conditionExceptions = new LinkedHashMap<>();
  final int[] negationCues;
  final int[] shortNegationCues;
  final int[] restrictiveCues;
  final int[] restrictiveWords;
  final int[] negationExceptions;
  final int[] denials;
  final int[] generic;
  final int[] habitual;
  final int[] firstPerson;
  final int[] hedges;
  final TermScanner scanner;
  final List<String> clauseBreaks;
  /** Clause breaks and coordinations: where a phrase, the narrowest place a number is read, ends. */
  final List<String> phraseBreaks;
  /** Terms that carry their own negation ("pas paramétrable"): a cue before them is part of them. */
  final boolean[] negativeTerm;

  RuleBook(Catalog catalog) {
    this.catalog = catalog;
    TermTable table = new TermTable();
    for (Attribute attribute : catalog.attributes()) {
      for (Rule rule : attribute.rules()) rules.add(compile(attribute, rule, table));
    }
    for (Condition condition : catalog.conditions()) {
      conditionCues.put(condition, table.internAll(condition.cues()));
      conditionExceptions.put(condition, table.internAll(condition.except()));
    }
    LanguageCues language = catalog.language();
    negationCues = table.internAll(language.negationCues());
    shortNegationCues = table.internAll(language.shortNegationCues());
    restrictiveCues = table.internAll(language.restrictiveCues());
    restrictiveWords = table.internAll(language.restrictiveWords());
    negationExceptions = table.internAll(language.negationExceptions());
    denials = table.internAll(language.denials());
    generic = table.internAll(language.genericCues());
    habitual = table.internAll(language.habitualCues());
    firstPerson = table.internAll(language.firstPerson());
    hedges = table.internAll(language.hedges());
    scanner = new TermScanner(table.terms());
    clauseBreaks = language.clauseBreaks();
    List<String> phrase = new ArrayList<>(clauseBreaks);
    phrase.addAll(language.coordinations());
    phraseBreaks = List.copyOf(phrase);
    negativeTerm = new boolean[table.terms().size()];
    for (int t = 0; t < negativeTerm.length; t++) {
      String folded = org.offerfacts.catalog.Folding.fold(table.terms().get(t).text());
      for (String cue : allNegationCues(language)) {
        String c = org.offerfacts.catalog.Folding.fold(cue);
        if ((" " + folded + " ").contains(" " + c + " ") || folded.startsWith(c) && c.endsWith("'")) negativeTerm[t] = true;
      }
    }
  }

  private static CompiledRule compile(Attribute attribute, Rule rule, TermTable table) {
    int[][] groups = rule.all().stream().map(table::internAll).toArray(int[][]::new);
    List<Pattern> patterns = rule.patterns().stream().map(Pattern::compile).toList();
    Map<String, int[]> enumTerms = new LinkedHashMap<>();
    rule.values().forEach((value, terms) -> enumTerms.put(value, table.internAll(terms)));
    ValueTransform transform = rule.transform() == null ? null : ValueTransform.byId(rule.transform()).orElseThrow();
    int[] ownTerms = java.util.Arrays.stream(groups).flatMapToInt(java.util.Arrays::stream).distinct().toArray();
    return new CompiledRule(attribute, rule, groups, table.internAll(rule.none()), patterns, enumTerms, transform,
        ownTerms);
  }

  private static List<String> allNegationCues(LanguageCues language) {
    List<String> cues = new ArrayList<>(language.negationCues());
    cues.addAll(language.shortNegationCues());
    return cues;
  }
}
