package org.offerfacts.catalog;

import java.util.List;
import java.util.Set;

/** Checks that every rule's "requires" names an attribute the catalog defines. */
final class RequiresCheck {
  private RequiresCheck() {}

  /** @param requiresFields the "requires" fields as read, each knowing its file, attribute and rule */
  static void verify(Set<String> attributeIds, List<YamlNode> requiresFields) {
    for (YamlNode field : requiresFields) {
      String required = field.asText().split("=", 2)[0].trim();
      if (!attributeIds.contains(required)) throw field.error("unknown attribute '" + required + "'");
    }
  }
}
