package org.offerfacts.extract;

import java.io.PrintWriter;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.ingest.IngestedDocument;

/** The readable form of `extract`: one line per fact, then conflicts, silence and warnings. */
final class FactTable {
  private static final int QUOTE_WIDTH = 90;

  private FactTable() {}

  static void print(PrintWriter out, IngestedDocument doc, DocumentFacts facts, Catalog catalog) {
    out.printf("== %s%n   %s (%s, %d page%s)%n", doc.source(), doc.title() == null ? "(untitled)" : doc.title(),
        facts.language(), doc.text().pageCount(), doc.text().pageCount() == 1 ? "" : "s");
    for (Fact f : facts.facts()) {
      String conditions = f.conditions().isEmpty() ? "" : " [" + String.join(", ", f.conditions()) + "]";
      out.printf("  %-32s %-12s p.%-3d %.2f  \"%s\"%s%n", f.attribute(), shown(f.value()), f.page(), f.confidence(),
          shorten(f.quote()), conditions);
    }
    if (facts.facts().isEmpty()) out.println("  (no fact stated)");
    for (Conflict c : facts.conflicts()) {
      StringBuilder line = new StringBuilder("  conflict " + c.attribute() + ":");
      for (Fact r : c.readings()) line.append(' ').append(shown(r.value())).append(" (p.").append(r.page()).append(')');
      line.append(c.resolved() ? " - the first is kept" : " - none kept");
      out.println(line);
    }
    out.printf("  silent on %d of %d attributes%n", facts.silent().size(), catalog.attributes().size());
    for (String w : facts.warnings()) out.println("  warning: " + w);
    out.println();
  }

  private static String shown(Object value) {
    if (value instanceof Boolean b) return b ? "yes" : "no";
    return String.valueOf(FactJson.plain(value));
  }

  private static String shorten(String quote) {
    String flat = quote.replaceAll("\\s+", " ").strip();
    return flat.length() <= QUOTE_WIDTH ? flat : flat.substring(0, QUOTE_WIDTH - 1) + "…";
  }
}
