package org.offerfacts.catalog;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks that every rule's "requires" names an attribute the catalog defines. */
final class RequiresCheck {
  private RequiresCheck() {}

  static void verify(List<Attribute> attributes) {
    Map<String, Attribute> byId = attributes.stream().collect(Collectors.toMap(Attribute::id, Function.identity()));
    for (Attribute attribute : attributes) {
      for (Rule rule : attribute.rules()) {
        if (rule.requires() == null) continue;
        String required = rule.requires().split("=", 2)[0].trim();
        if (!byId.containsKey(required)) {
          throw new CatalogException(attribute.category() + ".yaml", attribute.id(),
              "rules." + rule.id() + ".requires", "unknown attribute '" + required + "'");
        }
      }
    }
  }
}
