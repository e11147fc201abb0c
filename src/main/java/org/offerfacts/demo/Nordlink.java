package org.offerfacts.demo;

import static org.offerfacts.demo.DemoPdf.HEADING;

import java.math.BigDecimal;
import java.util.List;
import org.offerfacts.demo.DemoHtml.Row;

/**
 * Nordlink Business, fictional: a modest SDSL line with a guaranteed 20 Mbit/s. Its spec sheet
 * answers in a table ("Mode bridge | Oui", port 25 open, IPv6 only on request, no own router);
 * its service-level PDF gives GTR 8 h and 99.9 % in contract wording.
 */
final class Nordlink {
  static final String SUPPLIER = "Nordlink Business";
  static final String SPEC_SHEET = "nordlink-sdsl-20m-fiche-technique.html";
  static final String SERVICE_LEVELS = "nordlink-sdsl-20m-conditions-particulieres.pdf";

  private Nordlink() {}

  static DemoOffer offer() {
    return new DemoOffer(SUPPLIER, "SDSL Pro 20M", "sdsl", "https://www.nordlink.example.net/pro/sdsl-20m",
        new BigDecimal("189.00"),
        "Débit garanti modeste mais symétrique ; GTR 8 h en heures ouvrées, support en semaine seulement.",
        List.of(new DemoDocument(SPEC_SHEET, DemoDocument.HTML, specSheet()),
            new DemoDocument(SERVICE_LEVELS, DemoDocument.PDF, serviceLevels())));
  }

  private static byte[] specSheet() {
    return DemoHtml.specSheet("fr", "SDSL Pro 20M — Fiche technique — Nordlink Business",
        // Not "que la fibre n'atteint pas encore": "pas encore" would mark the SDSL access as planned.
        List.of("Un accès SDSL sur paire de cuivre dédiée, pour les agences situées hors de la zone fibre."),
        List.of(
            new Row("Technologie d'accès", "SDSL"),
            new Row("Débit descendant", "20 Mbit/s"),
            new Row("Débit montant", "20 Mbit/s"),
            new Row("Débit garanti", "Oui"),
            new Row("IPv6", "Oui, sur demande"),
            new Row("Adresse IPv4 fixe", "Oui, incluse"),
            new Row("Port 25 sortant", "Ouvert"),
            new Row("Mode bridge du routeur", "Oui"),
            new Row("Utilisation de votre propre routeur", "Non"),
            new Row("Support 24h/24 7j/7", "Non"),
            new Row("Engagement", "24 mois"),
            new Row("Prix", "189 € HT par mois")),
        List.of("Le routeur fourni reste administré par Nordlink Business pendant toute la durée du contrat."));
  }

  private static byte[] serviceLevels() {
    return DemoPdf.write("Nordlink Business — SDSL Pro 20M — Conditions particulières de service",
        "Nordlink Business — Conditions particulières — SDSL Pro 20M",
        List.of(
            List.of(
                HEADING + "Conditions particulières de service — SDSL Pro 20M",
                HEADING + "1. Signalement des incidents",
                "Le Client signale tout incident au service support par téléphone ou par courriel, du lundi au "
                    + "vendredi de 8 h à 19 h. Un numéro de ticket lui est communiqué à chaque signalement.",
                HEADING + "2. Garanties de temps",
                "Nordlink Business s'engage sur un délai d'intervention de 4 heures ouvrées à compter du signalement.",
                "Le service est rétabli dans un délai de 8 heures ouvrées ; au-delà, les pénalités de l'article 4 "
                    + "s'appliquent."),
            List.of(
                HEADING + "3. Disponibilité",
                "Nordlink Business garantit une disponibilité mensuelle de 99,9 % du service, mesurée hors "
                    + "interventions programmées annoncées cinq jours ouvrés à l'avance.",
                HEADING + "4. Pénalités",
                "Tout dépassement ouvre droit, sur demande du Client formulée dans le mois, à un avoir égal à dix "
                    + "pour cent de l'abonnement mensuel par tranche de quatre heures, dans la limite d'un mois "
                    + "d'abonnement.",
                HEADING + "5. Exclusions",
                "Les garanties ne s'appliquent pas aux incidents causés par le Client, par ses installations "
                    + "intérieures ou par un cas de force majeure.")));
  }
}
