package org.offerfacts.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a catalog file that knows where it stands, so that every mistake is reported with
 * its file, attribute and field ("specs/router.yaml: attribute router_dmz: rules[0].all: …").
 */
final class YamlNode {
  private final JsonNode node;
  private final String file;
  private final String attribute;
  private final String path;

  YamlNode(JsonNode node, String file, String attribute, String path) {
    this.node = node;
    this.file = file;
    this.attribute = attribute;
    this.path = path;
  }

  YamlNode forAttribute(String attributeId) {
    return new YamlNode(node, file, attributeId, null);
  }

  CatalogException error(String problem) {
    return new CatalogException(file, attribute, path, problem);
  }

  boolean has(String field) {
    return node.hasNonNull(field);
  }

  YamlNode get(String field) {
    JsonNode child = node.get(field);
    if (child == null || child.isNull()) throw child(field).error("is required");
    return new YamlNode(child, file, attribute, join(field));
  }

  private YamlNode child(String field) {
    return new YamlNode(com.fasterxml.jackson.databind.node.NullNode.getInstance(), file, attribute, join(field));
  }

  private String join(String field) {
    return path == null ? field : path + "." + field;
  }

  String text(String field) {
    YamlNode child = get(field);
    if (!child.node.isTextual() && !child.node.isNumber()) throw child.error("must be text");
    String value = child.node.asText().trim();
    if (value.isEmpty()) throw child.error("must not be empty");
    return value;
  }

  String textOr(String field, String fallback) {
    return has(field) ? text(field) : fallback;
  }

  double number(String field, double fallback) {
    if (!has(field)) return fallback;
    YamlNode child = get(field);
    if (!child.node.isNumber()) throw child.error("must be a number");
    return child.node.asDouble();
  }

  boolean bool(String field, boolean fallback) {
    if (!has(field)) return fallback;
    YamlNode child = get(field);
    if (!child.node.isBoolean()) throw child.error("must be true or false");
    return child.node.asBoolean();
  }

  JsonNode raw() {
    return node;
  }

  List<YamlNode> list(String field) {
    if (!has(field)) return List.of();
    return get(field).items();
  }

  /** The items of this node, which must be a list. */
  List<YamlNode> items() {
    if (!node.isArray()) throw error("must be a list");
    List<YamlNode> items = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) items.add(new YamlNode(node.get(i), file, attribute, path + "[" + i + "]"));
    return items;
  }

  List<String> strings(String field) {
    List<String> values = new ArrayList<>();
    for (YamlNode item : list(field)) values.add(item.asText());
    return values;
  }

  String asText() {
    if (node.isBoolean()) throw error("must be text (YAML reads yes, no, on, off as booleans: quote them)");
    if (!node.isTextual() && !node.isNumber()) throw error("must be text");
    String value = node.asText().trim();
    if (value.isEmpty()) throw error("must not be empty");
    return value;
  }

  Map<String, YamlNode> map(String field) {
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    if (!has(field)) return entries;
    YamlNode child = get(field);
    if (!child.node.isObject()) throw child.error("must be a mapping");
    child.node.fields().forEachRemaining(e ->
        entries.put(e.getKey(), new YamlNode(e.getValue(), file, attribute, child.path + "." + e.getKey())));
    return entries;
  }

  LocalizedText localized(String field) {
    YamlNode child = get(field);
    return new LocalizedText(child.text("en"), child.text("fr"));
  }
}
