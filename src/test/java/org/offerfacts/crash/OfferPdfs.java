package org.offerfacts.crash;

import java.util.ArrayList;
import java.util.List;
import org.offerfacts.ingest.PdfFixtures;

/**
 * Conditions PDFs that differ by a reference line, so no two are stored as one (the store keeps
 * bytes once per offer), and that always state IPv6 and a fixed IPv4 address: a stored document
 * of theirs without facts is a half-written one.
 */
public final class OfferPdfs {
  private OfferPdfs() {}

  /** @param pages more pages make the reading job last longer, a wider window to kill it in */
  public static byte[] distinct(String reference, int pages) {
    List<List<String>> content = new ArrayList<>();
    content.add(List.of("Conditions particulières de l'offre Fibre Pro", "Référence du document : " + reference, "",
        "Adressage", "IPv6 : oui", "Adresse IPv4 fixe : incluse"));
    for (int page = 2; page <= pages; page++) {
      List<String> lines = new ArrayList<>();
      for (int article = 1; article <= 30; article++) {
        lines.add("Article " + page + "." + article + " : le client s'engage à respecter les présentes conditions (" + reference + ").");
      }
      content.add(lines);
    }
    return PdfFixtures.pages(content);
  }
}
