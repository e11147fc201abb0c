package org.offerfacts.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads {@code language.yaml}: the cues that tell how a sentence speaks. */
final class LanguageLoader {

  LanguageCues load(YamlNode root) {
    YamlNode negation = root.get("negation");
    Map<String, Double> numberWords = new LinkedHashMap<>();
    root.map("number_words").forEach((word, value) -> {
      if (!value.raw().isNumber()) throw value.error("must be a number");
      numberWords.put(Folding.fold(word), value.raw().asDouble());
    });
    Map<String, String> macros = new LinkedHashMap<>();
    root.map("macros").forEach((name, value) -> macros.put(name, value.asText()));
    macros.put("number_word", alternation(numberWords.keySet()));
    Map<String, String> expanded = new LinkedHashMap<>();
    macros.forEach((name, body) -> expanded.put(name, Macros.expand(body, macros, root)));
    YamlNode restrictive = negation.has("restrictive") ? negation.get("restrictive") : null;
    return new LanguageCues(
        terms(negation, "cues"),
        (int) negation.number("window", 5),
        terms(negation, "short_cues"),
        (int) negation.number("short_window", 2),
        restrictive == null ? List.of() : terms(restrictive, "cues"),
        restrictive == null ? List.of() : terms(restrictive, "only"),
        terms(negation, "exceptions"),
        terms(negation, "denials"),
        folded(root.strings("clause_breaks")),
        folded(root.strings("coordinations")),
        terms(root, "generic"),
        terms(root, "habitual"),
        terms(root, "first_person"),
        terms(root, "hedges"),
        folded(root.strings("yes")),
        folded(root.strings("no")),
        numberWords,
        expanded,
        units(root));
  }

  private static Map<String, List<UnitConversion>> units(YamlNode root) {
    Map<String, List<UnitConversion>> units = new LinkedHashMap<>();
    root.map("units").forEach((unit, node) -> {
      List<UnitConversion> conversions = new ArrayList<>();
      for (YamlNode entry : node.list("written")) {
        String regex = entry.text("match");
        try {
          conversions.add(new UnitConversion(Pattern.compile(regex), entry.number("factor", 1)));
        } catch (PatternSyntaxException e) {
          throw entry.error("match is not a valid regular expression: " + e.getDescription());
        }
      }
      units.put(unit, List.copyOf(conversions));
    });
    return units;
  }

  /** Longest words first, so that "vingt-quatre" wins over "vingt". */
  private static String alternation(java.util.Set<String> words) {
    return words.stream()
        .sorted((a, b) -> b.length() - a.length())
        .map(Pattern::quote)
        .reduce((a, b) -> a + "|" + b)
        .orElse("(?!)");
  }

  /** A list of terms, each checked against the term syntax so a mistake names its place. */
  static List<String> terms(YamlNode node, String field) {
    List<String> terms = new ArrayList<>();
    for (YamlNode item : node.list(field)) {
      String text = item.asText();
      try {
        Term.parse(text);
      } catch (IllegalArgumentException e) {
        throw item.error(e.getMessage());
      }
      terms.add(text);
    }
    return terms;
  }

  private static List<String> folded(List<String> words) {
    return words.stream().map(Folding::fold).toList();
  }
}
