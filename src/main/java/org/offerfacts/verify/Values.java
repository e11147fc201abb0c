package org.offerfacts.verify;

import java.util.Locale;
import java.util.Set;
import org.offerfacts.catalog.Attribute;

/** A value typed in a form, read as the attribute's type wants it. */
public final class Values {
  private static final Set<String> YES = Set.of("true", "yes", "oui", "y", "o", "1");
  private static final Set<String> NO = Set.of("false", "no", "non", "n", "0");

  private Values() {}

  public static Object parse(Attribute attribute, String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) throw new IllegalArgumentException("a value is required");
    if (t.length() > 500) throw new IllegalArgumentException("a value has at most 500 characters");
    String lower = t.toLowerCase(Locale.ROOT);
    return switch (attribute.type()) {
      case BOOLEAN -> {
        if (YES.contains(lower)) yield true;
        if (NO.contains(lower)) yield false;
        throw new IllegalArgumentException(attribute.id() + " takes yes or no, not: " + t);
      }
      case INTEGER -> {
        try {
          yield Long.parseLong(lower.replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(attribute.id() + " takes a whole number, not: " + t);
        }
      }
      case NUMBER -> {
        try {
          yield Double.parseDouble(lower.replace(" ", "").replace("\u00a0", "").replace(',', '.'));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(attribute.id() + " takes a number, not: " + t);
        }
      }
      case ENUM -> {
        if (!attribute.enumValues().contains(lower)) {
          throw new IllegalArgumentException(attribute.id() + " takes one of " + attribute.enumValues() + ", not: " + t);
        }
        yield lower;
      }
      case TEXT -> t;
    };
  }
}
