package org.offerfacts.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.offerfacts.catalog.Attribute;
import org.offerfacts.catalog.Catalog;

/** Values as people read them: "yes"/"oui", "1 000 Mbit/s", "4 h", with conditions in words. */
public final class ValueFormat {
  private final Catalog catalog;
  private final Messages messages;

  public ValueFormat(Catalog catalog, Messages messages) {
    this.catalog = catalog;
    this.messages = messages;
  }

  public String value(String attributeId, Object value) {
    if (value == null) return "?";
    if (value instanceof Boolean b) return messages.t(b ? "value.yes" : "value.no");
    if (value instanceof Number n) {
      NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag(messages.lang().code()));
      format.setMaximumFractionDigits(3);
      String unit = catalog.attribute(attributeId).map(Attribute::unit).orElse(null);
      if ("prefix length".equals(unit)) return "/" + format.format(n);
      String shown = unit == null || unit.isBlank() ? "" : messages.t("unit." + unit.replace(' ', '_'));
      if (shown.startsWith("unit.")) shown = unit;
      return format.format(n) + (shown.isEmpty() ? "" : " " + shown);
    }
    return value.toString();
  }

  public String conditions(List<String> ids) {
    return ids.stream()
        .map(id -> catalog.condition(id).map(c -> c.label().in(messages.lang().code())).orElse(id))
        .collect(Collectors.joining(", "));
  }

  public String label(String attributeId) {
    return catalog.attribute(attributeId).map(a -> a.label().in(messages.lang().code())).orElse(attributeId);
  }
}
