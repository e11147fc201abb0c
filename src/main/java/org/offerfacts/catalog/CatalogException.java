package org.offerfacts.catalog;

/** A mistake in the catalog, located by file, attribute and field. */
public class CatalogException extends RuntimeException {
  public CatalogException(String file, String attribute, String field, String problem) {
    super(locate(file, attribute, field) + ": " + problem);
  }

  private static String locate(String file, String attribute, String field) {
    StringBuilder where = new StringBuilder(file);
    if (attribute != null) where.append(": attribute ").append(attribute);
    if (field != null) where.append(": ").append(field);
    return where.toString();
  }
}
