package org.offerfacts.sheet;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.catalog.Folding;

/**
 * Finds the catalog attribute a heading names, the way buyers write headings: by id
 * ("sla_gtr_hours"), by English or French label, in any case and with or without accents,
 * with a question mark or a unit in parentheses ("IPv6 ?", "GTR (h)"), or with a word less or
 * more than the label ("Download" for "Download rate"). A heading that could name two
 * attributes names none: a wrong column of facts is worse than a heading reported as unknown.
 */
final class AttributeNames {
  private static final Set<String> SUPPLIER = Set.of("supplier", "fournisseur", "operateur", "operator", "provider",
      "fai", "isp");
  private static final Set<String> OFFER = Set.of("offer", "offre", "offers", "offres", "offer name",
      "nom de l offre", "name", "nom");

  private final Map<String, Attribute> byKey = new HashMap<>();
  private final Set<String> ambiguous = new HashSet<>();

  AttributeNames(Catalog catalog) {
    for (Attribute a : catalog.attributes()) {
      for (String name : List.of(a.id(), a.id().replace('_', ' '), a.label().en(), a.label().fr())) {
        add(normalize(name), a);
        add(normalize(withoutParentheses(name)), a);
      }
    }
    ambiguous.forEach(byKey::remove);
  }

  Optional<Attribute> find(String heading) {
    String full = normalize(heading);
    String bare = normalize(withoutParentheses(heading));
    for (String key : List.of(full, bare)) {
      if (byKey.containsKey(key)) return Optional.of(byKey.get(key));
    }
    return bare.isEmpty() ? Optional.empty() : byWords(bare);
  }

  /** The one attribute whose name holds every word of the heading, or whose words the heading all holds. */
  private Optional<Attribute> byWords(String heading) {
    Set<String> words = words(heading);
    Set<Attribute> found = new LinkedHashSet<>();
    byKey.forEach((key, attribute) -> {
      Set<String> keyWords = words(key);
      if (keyWords.containsAll(words) || words.containsAll(keyWords)) found.add(attribute);
    });
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  static boolean namesSupplier(String heading) {
    return SUPPLIER.contains(normalize(withoutParentheses(heading)));
  }

  static boolean namesOffer(String heading) {
    return OFFER.contains(normalize(withoutParentheses(heading)));
  }

  /** Folded, with everything but letters, digits and % turned into single spaces. */
  static String normalize(String text) {
    return Folding.fold(text).replaceAll("[^\\p{L}\\p{N}%]+", " ").strip();
  }

  private static String withoutParentheses(String text) {
    return text.replaceAll("\\([^)]*\\)|\\[[^]]*]", " ");
  }

  private static Set<String> words(String normalized) {
    return new HashSet<>(Arrays.asList(normalized.split(" ")));
  }

  private void add(String key, Attribute attribute) {
    if (key.isEmpty()) return;
    Attribute before = byKey.putIfAbsent(key, attribute);
    if (before != null && !before.id().equals(attribute.id())) ambiguous.add(key);
  }
}
