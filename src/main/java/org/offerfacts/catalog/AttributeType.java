package org.offerfacts.catalog;

import java.util.Locale;

/** How an attribute's value is written in JSON and compared. */
public enum AttributeType {
  BOOLEAN,
  INTEGER,
  NUMBER,
  ENUM,
  TEXT;

  public static AttributeType parse(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isNumeric() {
    return this == INTEGER || this == NUMBER;
  }
}
