package org.offerfacts.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The validated attribute catalog: what offerfacts can know about an offer, and how to read it. */
public final class Catalog {
  private final List<Category> categories;
  private final Map<String, Attribute> attributes;
  private final Map<String, Condition> conditions;
  private final LanguageCues language;

  Catalog(List<Category> categories, List<Attribute> attributes, List<Condition> conditions, LanguageCues language) {
    this.categories = List.copyOf(categories);
    this.attributes = indexById(attributes, Attribute::id);
    this.conditions = indexById(conditions, Condition::id);
    this.language = language;
  }

  /** The catalog shipped inside the application. */
  public static Catalog bundled() {
    return CatalogLoader.fromClasspath();
  }

  /** The catalog in the given folder, or the bundled one when the folder is null (no --catalog given). */
  public static Catalog fromFolderOrBundled(java.nio.file.Path folder) {
    return folder == null ? bundled() : CatalogLoader.fromDirectory(folder);
  }

  public List<Category> categories() {
    return categories;
  }

  /** Every attribute, in catalog order (category by category). */
  public Collection<Attribute> attributes() {
    return attributes.values();
  }

  public Optional<Attribute> attribute(String id) {
    return Optional.ofNullable(attributes.get(id));
  }

  public Collection<Condition> conditions() {
    return conditions.values();
  }

  public Optional<Condition> condition(String id) {
    return Optional.ofNullable(conditions.get(id));
  }

  public LanguageCues language() {
    return language;
  }

  private static <T> Map<String, T> indexById(List<T> items, java.util.function.Function<T, String> id) {
    Map<String, T> byId = new LinkedHashMap<>();
    for (T item : items) byId.put(id.apply(item), item);
    return java.util.Collections.unmodifiableMap(byId);
  }
}
