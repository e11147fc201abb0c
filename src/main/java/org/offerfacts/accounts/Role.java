package org.offerfacts.accounts;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a user may do. Each role includes the ones before it: a technician is an editor who may
 * also verify facts; an admin may do everything, users and settings included.
 */
public enum Role {
  VIEWER, EDITOR, TECHNICIAN, ADMIN;

  public boolean includes(Role needed) {
    return ordinal() >= needed.ordinal();
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role of(String id) {
    return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown role: " + id));
  }
}
