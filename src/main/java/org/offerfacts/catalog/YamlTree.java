package org.offerfacts.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;

/**
 * Reads a YAML document into the tree {@code ObjectMapper.readTree} would build, straight from
 * the parser's tokens. An ObjectMapper sets up Jackson's whole data-binding machinery, which took
 * a quarter of a second of every cold `extract` run: more than reading the catalog itself.
 */
final class YamlTree {
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private YamlTree() {}

  /** The document's root, or a missing node for an empty document. */
  static JsonNode read(String yaml) throws IOException {
    try (JsonParser parser = YAML.createParser(yaml)) {
      JsonToken first = parser.nextToken();
      return first == null ? MissingNode.getInstance() : value(parser, first);
    }
  }

  private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case START_OBJECT -> object(parser);
      case START_ARRAY -> array(parser);
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
        case INT -> NODES.numberNode(parser.getIntValue());
        case LONG -> NODES.numberNode(parser.getLongValue());
        default -> NODES.numberNode(parser.getBigIntegerValue());
      };
      case VALUE_NUMBER_FLOAT -> switch (parser.getNumberType()) {
        case BIG_DECIMAL -> NODES.numberNode(parser.getDecimalValue());
        case FLOAT -> NODES.numberNode(parser.getFloatValue());
        default -> NODES.numberNode(parser.getDoubleValue());
      };
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      case VALUE_EMBEDDED_OBJECT -> parser.getEmbeddedObject() instanceof byte[] bytes
          ? NODES.binaryNode(bytes) : NODES.pojoNode(parser.getEmbeddedObject());
      default -> throw new IllegalStateException("unexpected YAML token " + token);
    };
  }

  /** Fields in document order; a repeated key keeps its last value, as readTree does. */
  private static ObjectNode object(JsonParser parser) throws IOException {
    ObjectNode object = NODES.objectNode();
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      object.set(field, value(parser, parser.nextToken()));
    }
    return object;
  }

  private static ArrayNode array(JsonParser parser) throws IOException {
    ArrayNode array = NODES.arrayNode();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      array.add(value(parser, token));
    }
    return array;
  }
}
