package org.offerfacts.sheet;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.catalog.Folding;
import org.offerfacts.catalog.Rule;
import org.offerfacts.catalog.Term;

/**
 * Types a cell by its attribute: "Oui", "x", "✓" for booleans; numbers with units; enum values
 * by value or by the words the catalog's rules give them ("FTTP", "ligne louée"); text as written.
 * Conditions come from the whole cell, in parentheses or not ("Oui (sur demande)", "En option").
 */
final class CellReader {
  private static final Set<String> UNKNOWN = Set.of("", "?", "??", "nc", "n c", "n/c", "n.c.", "n.c", "n/a", "na",
      "n.a.", "inconnu", "inconnue", "unknown", "-", "--", "—", "–", "tbd", "a verifier", "to be confirmed");
  private static final Set<String> YES = Set.of("oui", "yes", "y", "o", "x", "✓", "✔", "☑", "vrai", "true", "1");
  private static final Set<String> NO = Set.of("non", "no", "n", "faux", "false", "0", "✗", "✘", "☐");

  private final Set<String> yes = new HashSet<>(YES);
  private final Set<String> no = new HashSet<>(NO);
  private final Map<String, Map<Pattern, String>> enumTerms = new ConcurrentHashMap<>();
  private final ConditionWords conditions;
  private final NumberCell numbers;

  CellReader(Catalog catalog) {
    catalog.language().yesWords().forEach(w -> yes.add(Folding.fold(w)));
    catalog.language().noWords().forEach(w -> no.add(Folding.fold(w)));
    // A dash or "n/a" in a buyer's sheet says nothing was found: unknown, never "no".
    no.removeAll(UNKNOWN);
    this.conditions = new ConditionWords(catalog);
    this.numbers = new NumberCell(catalog);
  }

  CellValue read(Attribute attribute, String text) {
    String main = text.replaceAll("\\([^)]*\\)", " ").strip();
    String folded = Folding.fold(main).replaceAll("[.!]+$", "").strip();
    if (UNKNOWN.contains(folded)) return new CellValue.Unknown();
    List<String> stated = conditions.find(text);
    return switch (attribute.type()) {
      case BOOLEAN -> bool(folded, stated);
      case INTEGER, NUMBER -> numbers.read(attribute, main, stated);
      case ENUM -> enumValue(attribute, folded, stated);
      case TEXT -> new CellValue.Stated(text.strip(), stated);
    };
  }

  private CellValue bool(String folded, List<String> stated) {
    Boolean answer = answer(folded);
    if (answer == null && stated.isEmpty()) return new CellValue.Unreadable("not_boolean", null);
    // "En option", "Sur demande" alone: available under that condition (core-attributes.md).
    boolean value = answer == null || answer;
    if (value && conditions.negatesAvailability(stated)) value = false;
    return new CellValue.Stated(value, stated);
  }

  /** Yes or no from the whole cell ("non inclus") or its first word ("Oui, sur demande"); null if neither. */
  private Boolean answer(String folded) {
    if (yes.contains(folded)) return true;
    if (no.contains(folded)) return false;
    String first = folded.split("[\\s,;:/]+", 2)[0];
    if (first.equals(folded)) return null;
    if (yes.contains(first)) return true;
    if (no.contains(first)) return false;
    return null;
  }

  private CellValue enumValue(Attribute attribute, String folded, List<String> stated) {
    String compact = folded.replaceAll("[^\\p{L}\\p{N}]", "");
    for (String value : attribute.enumValues()) {
      if (value.replaceAll("[^\\p{L}\\p{N}]", "").equals(compact)) return new CellValue.Stated(value, stated);
    }
    for (var term : enumTerms.computeIfAbsent(attribute.id(), id -> termsOf(attribute)).entrySet()) {
      if (term.getKey().matcher(folded).matches()) return new CellValue.Stated(term.getValue(), stated);
    }
    return new CellValue.Unreadable("not_enum", String.join(", ", attribute.enumValues()));
  }

  /** The words the catalog's rules give each enum value, compiled once per attribute. */
  private static Map<Pattern, String> termsOf(Attribute attribute) {
    Map<Pattern, String> terms = new LinkedHashMap<>();
    for (Rule rule : attribute.rules()) {
      rule.values().forEach((value, words) -> words.forEach(w -> terms.put(Term.parse(w).pattern(), value)));
    }
    return terms;
  }
}
