package org.offerfacts.demo;

import static org.offerfacts.demo.DemoPdf.HEADING;

import java.math.BigDecimal;
import java.util.List;
import org.offerfacts.demo.DemoHtml.Row;

/**
 * Azur Connect Pro, fictional: a cheap 4G box without commitment. Shared IPv4 behind CGNAT, a
 * fixed address as a paid option, port 25 blocked by default and lifted on request, no bridge
 * mode. Its conditions promise no service level at all: GTI, GTR and availability stay unknown.
 */
final class AzurConnect {
  static final String SUPPLIER = "Azur Connect Pro";
  static final String SPEC_SHEET = "azur-4g-pro-fiche-technique.html";
  static final String CONDITIONS = "azur-4g-pro-conditions-generales.pdf";

  private AzurConnect() {}

  static DemoOffer offer() {
    return new DemoOffer(SUPPLIER, "Azur 4G Pro", "4g", "https://azur-connect.example.org/offres/4g-pro",
        new BigDecimal("59.00"),
        "Sans engagement et vite installé ; pas de garantie de rétablissement, IPv4 partagée (CGNAT).",
        List.of(new DemoDocument(SPEC_SHEET, DemoDocument.HTML, specSheet()),
            new DemoDocument(CONDITIONS, DemoDocument.PDF, conditions())));
  }

  private static byte[] specSheet() {
    return DemoHtml.specSheet("fr", "Azur 4G Pro — Fiche technique — Azur Connect Pro",
        List.of("Une box 4G livrée prête à brancher : votre site est connecté le jour même, sans travaux."),
        List.of(
            new Row("Technologie d'accès", "4G+ (LTE Advanced)"),
            new Row("Débit descendant maximal", "300 Mbit/s"),
            new Row("Débit montant maximal", "50 Mbit/s"),
            new Row("Débit garanti", "Non"),
            new Row("IPv6", "Oui, activé par défaut"),
            new Row("CGNAT", "Oui"),
            new Row("Adresse IPv4 fixe", "En option, 9 € HT par mois"),
            new Row("Mode bridge", "Non"),
            new Row("Redirection de ports", "Oui"),
            new Row("Engagement", "Sans engagement"),
            new Row("Prix", "59 € HT par mois")),
        List.of("Le port 25 sortant est bloqué par défaut. Vous pouvez demander son déblocage depuis votre "
            + "espace client."));
  }

  private static byte[] conditions() {
    return DemoPdf.write("Azur Connect Pro — Conditions générales — Azur 4G Pro",
        "Azur Connect Pro — Conditions générales d'abonnement — Azur 4G Pro",
        List.of(
            List.of(
                HEADING + "Conditions générales d'abonnement",
                HEADING + "Article 1 — Objet",
                "Les présentes conditions définissent les modalités dans lesquelles Azur Connect Pro fournit au "
                    + "Client professionnel un accès à l'internet par le réseau mobile d'un opérateur partenaire.",
                HEADING + "Article 2 — Couverture",
                "La qualité du service dépend de la couverture radio au lieu d'installation. Le Client reconnaît "
                    + "avoir vérifié cette couverture avant la souscription."),
            List.of(
                HEADING + "Article 3 — Assistance",
                "L'assistance est joignable par téléphone du lundi au samedi de 9 h à 18 h, et à tout moment "
                    + "par le formulaire de contact de l'espace client.",
                HEADING + "Article 4 — Obligations de l'opérateur",
                "Azur Connect Pro met en œuvre les moyens raisonnables pour assurer la continuité du service. Il "
                    + "s'agit d'une obligation de moyens."),
            List.of(
                HEADING + "Article 5 — Résiliation",
                "Le Client peut mettre fin à l'abonnement chaque mois, par simple courrier ou depuis son espace "
                    + "client. La box est restituée dans les quinze jours qui suivent.",
                HEADING + "Article 6 — Droit applicable",
                "Les présentes conditions sont soumises au droit français.")));
  }
}
