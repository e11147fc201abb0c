package org.offerfacts.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes facts and documents in the JSON shape the `extract` command promises to scripts. */
public final class FactJson {
  private final ObjectMapper json;

  public FactJson(ObjectMapper json) {
    this.json = json;
  }

  public ObjectNode document(String source, String title, int pages, DocumentFacts facts) {
    ObjectNode doc = json.createObjectNode();
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

  public ObjectNode fact(Fact f) {
    ObjectNode node = json.createObjectNode();
    node.put("attribute", f.attribute());
    node.set("value", json.valueToTree(plain(f.value())));
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

  /** Whole numbers print as 100, not 100.0, as a person writes them. */
  static Object plain(Object value) {
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) return d.longValue();
    return value;
  }
}
