package org.offerfacts.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads and validates one attribute entry of a category file. */
final class AttributeReader {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
  private final LanguageCues language;
  private final Set<String> conditionIds;
  /** Every "requires" field read, checked once all attributes are known (it may name a later one). */
  private final List<YamlNode> requiresFields = new ArrayList<>();

  AttributeReader(LanguageCues language, Set<String> conditionIds) {
    this.language = language;
    this.conditionIds = conditionIds;
  }

  List<YamlNode> requiresFields() {
    return requiresFields;
  }

  Attribute read(YamlNode raw, String category) {
    String id = raw.text("id");
    YamlNode node = raw.forAttribute(id);
    if (!ID.matcher(id).matches()) throw node.error("id must be lowercase letters, digits and _");
    AttributeType type;
    try {
      type = AttributeType.parse(node.text("type"));
    } catch (IllegalArgumentException e) {
      throw node.get("type").error("must be one of boolean, integer, number, enum, text");
    }
    List<String> enumValues = node.strings("enum");
    if (type == AttributeType.ENUM && enumValues.isEmpty()) throw node.error("enum: an enum attribute lists its values");
    String unit = node.textOr("unit", null);
    if (type.isNumeric() && unit != null && !language.units().containsKey(unit) && !node.list("rules").isEmpty()) {
      boolean anyUnitPattern = node.list("rules").stream()
          .flatMap(r -> r.strings("patterns").stream()).anyMatch(p -> p.contains("(?<unit>"));
      if (anyUnitPattern) throw node.get("unit").error("no conversions for unit '" + unit + "' in language.yaml");
    }
    List<Rule> rules = new ArrayList<>();
    Set<String> ruleIds = new HashSet<>();
    for (YamlNode r : node.list("rules")) {
      Rule rule = rule(r, type, enumValues);
      if (!ruleIds.add(rule.id())) throw r.error("rule id '" + rule.id() + "' is used twice");
      rules.add(rule);
    }
    return new Attribute(id, category, type, unit, node.localized("label"), node.localized("meaning"),
        node.localized("question"), enumValues, rules, node.bool("core", false));
  }

  private Rule rule(YamlNode r, AttributeType type, List<String> enumValues) {
    String id = r.text("id");
    List<List<String>> all = new ArrayList<>();
    for (YamlNode group : r.list("all")) {
      List<String> terms = termsOf(group);
      if (terms.isEmpty()) throw group.error("a group needs at least one term");
      all.add(terms);
    }
    if (all.isEmpty()) throw r.error("all: a rule needs at least one group of trigger terms");
    List<String> none = new ArrayList<>();
    for (YamlNode term : r.list("none")) none.add(checkedTerm(term));
    Object value = r.has("value") ? r.get("value").raw() : null;
    List<String> patterns = new ArrayList<>();
    for (YamlNode p : r.list("patterns")) patterns.add(checkedPattern(p, type));
    Map<String, List<String>> values = new LinkedHashMap<>();
    r.map("values").forEach((enumValue, terms) -> {
      if (!enumValues.contains(enumValue)) throw terms.error("'" + enumValue + "' is not one of " + enumValues);
      values.put(enumValue, termsOf(terms));
    });
    Object typedValue = typedValue(r, type, value, enumValues);
    checkShape(r, type, typedValue, patterns, values);
    String transform = r.textOr("transform", null);
    if (transform != null && ValueTransform.byId(transform).isEmpty()) throw r.get("transform").error("unknown transform");
    String requires = r.textOr("requires", null);
    if (requires != null && !requires.contains("=")) throw r.get("requires").error("must read attribute=value");
    if (requires != null) requiresFields.add(r.get("requires"));
    double confidence = r.number("confidence", 0.8);
    if (confidence <= 0 || confidence > 1) throw r.get("confidence").error("must be in (0, 1]");
    int lookahead = (int) r.number("lookahead", 0);
    if (lookahead < 0 || lookahead > 3) throw r.get("lookahead").error("must be 0 to 3");
    String layout = r.textOr("layout", "any");
    if (!layout.equals("any") && !layout.equals("row")) throw r.get("layout").error("must be 'any' or 'row'");
    int near = (int) r.number("near", 20);
    if (near < 0) throw r.get("near").error("must be 0 or more");
    List<String> conditions = new ArrayList<>();
    for (YamlNode c : r.list("conditions")) {
      if (!conditionIds.contains(c.asText())) throw c.error("unknown condition '" + c.asText() + "'");
      conditions.add(c.asText());
    }
    return new Rule(id, all, none, typedValue, patterns, values, transform, requires, confidence, lookahead, near,
        layout.equals("row"), List.copyOf(conditions));
  }

  private static void checkShape(YamlNode r, AttributeType type, Object value, List<String> patterns,
      Map<String, List<String>> values) {
    switch (type) {
      case INTEGER, NUMBER -> {
        if (patterns.isEmpty() && value == null) throw r.error("a number rule needs patterns or a value");
      }
      case ENUM -> {
        if (values.isEmpty() && value == null) throw r.error("an enum rule needs values or a value");
      }
      case TEXT -> {
        if (patterns.isEmpty()) throw r.error("a text rule needs patterns");
      }
      case BOOLEAN -> { }
    }
  }

  private static Object typedValue(YamlNode r, AttributeType type, Object raw, List<String> enumValues) {
    if (raw == null) return type == AttributeType.BOOLEAN ? Boolean.TRUE : null;
    com.fasterxml.jackson.databind.JsonNode node = (com.fasterxml.jackson.databind.JsonNode) raw;
    return switch (type) {
      case BOOLEAN -> {
        if (!node.isBoolean()) throw r.get("value").error("must be true or false");
        yield node.asBoolean();
      }
      case INTEGER, NUMBER -> {
        if (!node.isNumber()) throw r.get("value").error("must be a number");
        yield node.asDouble();
      }
      case ENUM -> {
        if (!enumValues.contains(node.asText())) throw r.get("value").error("must be one of " + enumValues);
        yield node.asText();
      }
      case TEXT -> node.asText();
    };
  }

  private static List<String> termsOf(YamlNode list) {
    List<String> terms = new ArrayList<>();
    for (YamlNode term : list.items()) terms.add(checkedTerm(term));
    return terms;
  }

  private static String checkedTerm(YamlNode term) {
    String text = term.asText();
    try {
      Term.parse(text);
    } catch (IllegalArgumentException e) {
      throw term.error(e.getMessage());
    }
    return text;
  }

  private String checkedPattern(YamlNode p, AttributeType type) {
    String expanded = Macros.expand(p.asText(), language.macros(), p);
    try {
      Pattern compiled = Pattern.compile(expanded);
      if (type.isNumeric() && !expanded.contains("(?<n>")) throw p.error("a number pattern needs a group (?<n>…)");
      compiled.matcher("").find();
    } catch (PatternSyntaxException e) {
      throw p.error("not a valid regular expression: " + e.getDescription());
    }
    return expanded;
  }
}
