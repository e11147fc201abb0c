package org.offerfacts.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A request's JSON object, read field by field with the checks the edge owes the rest of the
 * app: the right JSON type (a number where text is expected is an error, never coerced),
 * required fields present, text within its length, addresses that are http(s). Every refusal is
 * a 400 that names the field.
 */
final class JsonBody {
  private final JsonNode node;

  JsonBody(JsonNode node) {
    this.node = node;
  }

  /** Refuses fields other than these, so that a misspelt one is not silently ignored. */
  JsonBody allowOnly(Set<String> fields) {
    List<String> unknown = new ArrayList<>();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!fields.contains(name)) unknown.add(name);
    }
    if (!unknown.isEmpty()) {
      throw new BadRequestResponse("unknown field(s) " + String.join(", ", unknown) + "; allowed: "
          + String.join(", ", fields.stream().sorted().toList()));
    }
    return this;
  }

  /** Text, stripped; null when absent, null or blank. */
  String text(String field, int maxLength) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) return null;
    if (!value.isTextual()) throw new BadRequestResponse(field + " must be a string");
    String text = value.asText().strip();
    if (text.length() > maxLength) throw new BadRequestResponse(field + " is longer than " + maxLength + " characters");
    return text.isEmpty() ? null : text;
  }

  String requiredText(String field, int maxLength) {
    String text = text(field, maxLength);
    if (text == null) throw new BadRequestResponse(field + " is required");
    return text;
  }

  /** An absolute http(s) address without spaces or control characters, or null. */
  /** The field as JSON, or null when absent: for values whose type the catalog decides. */
  JsonNode raw(String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value;
  }

  String url(String field) {
    String url = text(field, 2000);
    if (url != null && !url.matches("(?i)https?://[^\\s\\p{Cntrl}]+")) {
      throw new BadRequestResponse(field + " must be an http:// or https:// address");
    }
    return url;
  }

  /** A JSON number from 0 up to (not including) {@code below}, with at most two decimals. */
  BigDecimal amount(String field, BigDecimal below) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) return null;
    if (!value.isNumber()) throw new BadRequestResponse(field + " must be a number");
    BigDecimal amount = value.decimalValue();
    if (amount.signum() < 0 || amount.compareTo(below) >= 0) {
      throw new BadRequestResponse(field + " must be at least 0 and below " + below.toPlainString());
    }
    if (amount.stripTrailingZeros().scale() > 2) throw new BadRequestResponse(field + " has more than two decimals");
    return amount;
  }
}
