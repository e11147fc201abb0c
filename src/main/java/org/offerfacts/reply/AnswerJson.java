package org.offerfacts.reply;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An answer as JSON: {@code {"n":1,"attribute":"ipv6","answer":"yes","value":true,"quote":"…"}}.
 * "value" is always present, typed as the attribute (true/false for booleans, a number in the
 * attribute's unit, an enum id) and null for unknown and promised answers and for a bare yes or
 * no to a question that asks for a number; "promised_by" (YYYY-MM-DD) appears for promises only.
 */
public final class AnswerJson {
  private AnswerJson() {}

  public static ObjectNode of(Answer answer) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("n", answer.n());
    node.put("attribute", answer.attribute());
    node.put("answer", answer.kind().id());
    Object value = answer.value();
    if (value == null) node.putNull("value");
    else if (value instanceof Boolean b) node.put("value", b);
    else if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && Math.abs(n.doubleValue()) < 1e15) {
      node.put("value", n.longValue()); // 4 hours, not 4.0
    } else if (value instanceof Number n) node.put("value", n.doubleValue());
    else node.put("value", value.toString());
    if (answer.kind() == Answer.Kind.PROMISED && answer.promisedBy() != null) {
      node.put("promised_by", answer.promisedBy().toString());
    }
    node.put("quote", answer.quote());
    return node;
  }
}
