package org.offerfacts.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ValueNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes facts and documents in the JSON shape the `extract` command promises to scripts. Trees
 * are built from the node factory and written by a plain generator: an ObjectMapper would set up
 * Jackson's data binding, ~0.15 s of every cold `extract` run, to print a few nodes.
 */
public final class FactJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonFactory JSON = new JsonFactory();

  private FactJson() {}

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /** The tree indented as ObjectMapper's default pretty printer does it. */
  public static String indented(JsonNode tree) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
      write(tree, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private static void write(JsonNode node, JsonGenerator generator) throws IOException {
    if (node.isObject()) {
      generator.writeStartObject();
      for (var field : node.properties()) {
        generator.writeFieldName(field.getKey());
        write(field.getValue(), generator);
      }
      generator.writeEndObject();
    } else if (node.isArray()) {
      generator.writeStartArray();
      for (JsonNode item : node) write(item, generator);
      generator.writeEndArray();
    } else {
      ((ValueNode) node).serialize(generator, null); // text, number, boolean and null write themselves
    }
  }

  public static ObjectNode document(String source, String title, int pages, DocumentFacts facts) {
    ObjectNode doc = object();
    doc.put("source", source);
    doc.put("title", title);
    doc.put("language", facts.language());
    doc.put("pages", pages);
    ArrayNode factList = doc.putArray("facts");
    facts.facts().forEach(f -> factList.add(fact(f)));
    ArrayNode conflicts = doc.putArray("conflicts");
    for (Conflict c : facts.conflicts()) {
      ObjectNode conflict = conflicts.addObject();
      conflict.put("attribute", c.attribute());
      conflict.put("resolved", c.resolved());
      ArrayNode readings = conflict.putArray("readings");
      c.readings().forEach(f -> readings.add(fact(f)));
    }
    ArrayNode silent = doc.putArray("silent");
    facts.silent().forEach(silent::add);
    ArrayNode warnings = doc.putArray("warnings");
    facts.warnings().forEach(warnings::add);
    return doc;
  }

  public static ObjectNode fact(Fact f) {
    ObjectNode node = object();
    node.put("attribute", f.attribute());
    node.set("value", valueNode(plain(f.value())));
    ArrayNode conditions = node.putArray("conditions");
    f.conditions().forEach(conditions::add);
    node.put("page", f.page());
    node.put("quote", f.quote());
    node.put("start", f.start());
    node.put("end", f.end());
    node.put("confidence", f.confidence());
    node.put("rule", f.rule());
    return node;
  }

  /** Facts hold booleans, whole numbers, decimals and text (enum values, free text). */
  private static JsonNode valueNode(Object value) {
    if (value == null) return NODES.nullNode();
    if (value instanceof Boolean b) return NODES.booleanNode(b);
    if (value instanceof Long l) return NODES.numberNode(l);
    if (value instanceof Integer i) return NODES.numberNode(i);
    if (value instanceof Double d) return NODES.numberNode(d);
    return NODES.textNode(value.toString());
  }

  /** Whole numbers print as 100, not 100.0, as a person writes them. */
  static Object plain(Object value) {
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) return d.longValue();
    return value;
  }
}
