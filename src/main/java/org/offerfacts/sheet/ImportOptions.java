package org.offerfacts.sheet;

import org.offerfacts.store.FactStatus;

/**
 * What the buyer chose for an import, validated at the edge.
 *
 * @param status        supplier-stated (the default: the sheet repeats what suppliers said) or extracted
 * @param createMissing create offers the sheet names that the knowledge base does not hold
 * @param fileName      the sheet's name as uploaded, made safe to show and store
 */
public record ImportOptions(FactStatus status, boolean createMissing, String fileName) {

  public static ImportOptions of(String status, String createMissing, String fileName) {
    return new ImportOptions(status(status), isOn(createMissing), safeName(fileName));
  }

  /** The author of the facts, so the history says where they came from. */
  public String author() {
    return "import:" + fileName;
  }

  private static FactStatus status(String id) {
    if (id == null || id.isBlank()) return FactStatus.SUPPLIER_STATED;
    FactStatus status = FactStatus.of(id.strip());
    if (status != FactStatus.SUPPLIER_STATED && status != FactStatus.EXTRACTED) {
      throw new IllegalArgumentException("an import records supplier-stated or extracted facts, not " + id);
    }
    return status;
  }

  private static boolean isOn(String value) {
    return value != null && (value.equals("on") || value.equals("1") || value.equals("true"));
  }

  /** The last path segment, without control characters or quotes, at most 120 characters. */
  static String safeName(String name) {
    String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    base = base.replaceAll("[\\p{Cntrl}\"<>]", "").strip();
    if (base.isEmpty()) return "sheet.csv";
    return base.length() > 120 ? base.substring(0, 120) : base;
  }
}
