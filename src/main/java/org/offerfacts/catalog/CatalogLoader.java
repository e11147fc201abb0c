package org.offerfacts.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates the catalog: {@code catalog.yaml} names the language file, the conditions
 * file and one file per category. Every mistake stops the load with its file, attribute and
 * field, so a bad edit never reaches extraction half-understood.
 */
public final class CatalogLoader {
  private static final String INDEX = "catalog.yaml";

  /** Where catalog files come from: a folder on disk or the application's resources. */
  @FunctionalInterface
  interface Source {
    String read(String file) throws IOException;
  }

  private final Source source;
  private final String prefix;

  private CatalogLoader(Source source, String prefix) {
    this.source = source;
    this.prefix = prefix;
  }

  public static Catalog fromDirectory(Path dir) {
    return new CatalogLoader(file -> Files.readString(dir.resolve(file), StandardCharsets.UTF_8), dir + "/").load();
  }

  public static Catalog fromClasspath() {
    return new CatalogLoader(CatalogLoader::readResource, "specs/").load();
  }

  private static String readResource(String file) throws IOException {
    try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream("specs/" + file)) {
      if (in == null) throw new NoSuchFileException("specs/" + file);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Catalog load() {
    YamlNode index = parse(INDEX);
    String languageFile = index.text("language");
    LanguageCues language = new LanguageLoader().load(parse(languageFile));
    List<Condition> conditions = new ArrayList<>();
    for (YamlNode c : parse(index.text("conditions")).list("conditions")) conditions.add(condition(c));
    List<Category> categories = new ArrayList<>();
    List<Attribute> attributes = new ArrayList<>();
    Set<String> conditionIds = new HashSet<>();
    for (Condition c : conditions) conditionIds.add(c.id());
    AttributeReader reader = new AttributeReader(language, conditionIds);
    Map<String, String> fileById = new HashMap<>();
    for (YamlNode c : index.list("categories")) {
      Category category = new Category(c.text("id"), c.localized("label"), c.text("file"));
      categories.add(category);
      for (YamlNode a : parse(category.file()).list("attributes")) {
        Attribute attribute = reader.read(a, category.id());
        String first = fileById.putIfAbsent(attribute.id(), category.file());
        if (first != null) throw a.forAttribute(attribute.id()).get("id").error("is already defined in " + first);
        attributes.add(attribute);
      }
    }
    RequiresCheck.verify(fileById.keySet(), reader.requiresFields());
    return new Catalog(categories, attributes, conditions, language);
  }

  private static Condition condition(YamlNode c) {
    return new Condition(c.text("id"), c.localized("label"), LanguageLoader.terms(c, "cues"),
        LanguageLoader.terms(c, "except"),
        c.bool("negates_availability", false));
  }

  private YamlNode parse(String file) {
    String where = prefix + file;
    try {
      return new YamlNode(YamlTree.read(source.read(file)), where, null, null);
    } catch (NoSuchFileException e) {
      throw new CatalogException(where, null, null, "file not found");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new CatalogException(where, null, null, "not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(where, e);
    }
  }
}
