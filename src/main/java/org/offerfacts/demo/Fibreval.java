package org.offerfacts.demo;

import static org.offerfacts.demo.DemoPdf.HEADING;

import java.math.BigDecimal;
import java.util.List;

/**
 * Fibreval Télécom, fictional: dedicated 1 Gbit/s fibre with the strongest service levels of the
 * set. One PDF, an offer page then general conditions, where port 25 is blocked only in legal
 * words (sending mail through another SMTP server is forbidden) and reverse DNS hides in an article.
 */
final class Fibreval {
  static final String SUPPLIER = "Fibreval Télécom";
  static final String OFFER_PDF = "fibreval-fibre-pro-1g-offre-et-conditions.pdf";

  private Fibreval() {}

  static DemoOffer offer() {
    return new DemoOffer(SUPPLIER, "Fibre Pro 1G", "fibre", "https://fibreval.example.com/offres/fibre-pro-1g",
        new BigDecimal("349.00"),
        "Fibre dédiée, GTR 4 h et 99,95 % : le haut de gamme. Le port 25 n'est bloqué que dans les CGV.",
        List.of(new DemoDocument(OFFER_PDF, DemoDocument.PDF, pdf())));
  }

  private static byte[] pdf() {
    return DemoPdf.write("Fibreval Télécom — Fibre Pro 1G — Offre et conditions générales",
        "Fibreval Télécom — Fibre Pro 1G — Proposition commerciale et conditions générales de service",
        List.of(offerPage(), conditionsOne(), conditionsTwo(), conditionsThree()));
  }

  private static List<String> offerPage() {
    return List.of(
        HEADING + "Fibre Pro 1G — Proposition commerciale",
        "Proposition n° FV-2026-014, valable soixante jours à compter de son émission.",
        "Une connexion en fibre optique dédiée (FTTO), tirée jusqu'à votre baie, pour les sites qui ne peuvent pas s'arrêter.",
        HEADING + "Caractéristiques",
        "- Débit symétrique garanti de 1 Gbit/s.",
        "- Une adresse IPv4 fixe incluse ; un bloc /29 est disponible en option.",
        "- IPv6 natif en double pile, préfixe /48 délégué.",
        "- Vous pouvez raccorder votre propre routeur à la place de celui que nous fournissons.",
        "- Secours 4G en option, avec bascule automatique.",
        HEADING + "Niveau de service",
        "- GTI 2 h, GTR 4 h, y compris les week-ends et jours fériés.",
        "- Disponibilité garantie de 99,95 % par an.",
        "- Support technique joignable 24h/24 et 7j/7, par téléphone ou par ticket.",
        HEADING + "Tarif",
        "Abonnement : 349 € HT par mois. Engagement de 36 mois.");
  }

  private static List<String> conditionsOne() {
    return List.of(
        HEADING + "Conditions générales de service",
        HEADING + "Article 1 — Objet",
        "Les présentes conditions régissent la fourniture par Fibreval Télécom (ci-après « l'Opérateur ») du "
            + "service d'accès décrit dans la proposition commerciale au client professionnel qui l'a acceptée "
            + "(ci-après « le Client »).",
        HEADING + "Article 2 — Documents contractuels",
        "Le contrat est formé, par ordre de priorité décroissant, de la proposition commerciale signée, des "
            + "présentes conditions générales et de la grille tarifaire en vigueur à la date de signature.",
        HEADING + "Article 3 — Mise en service",
        "L'Opérateur informe le Client de la date de raccordement convenue avec le gestionnaire d'immeuble. "
            + "Le procès-verbal de recette signé par le Client vaut mise en service.",
        HEADING + "Article 4 — Équipements",
        "Les équipements installés par l'Opérateur restent sa propriété. Le Client en assure la garde et les "
            + "restitue en bon état à la fin du contrat.");
  }

  private static List<String> conditionsTwo() {
    return List.of(
        HEADING + "Article 5 — Adressage",
        "Sur demande écrite du Client, l'Opérateur paramètre la résolution inverse (reverse DNS) des adresses "
            + "qui lui sont attribuées.",
        HEADING + "Article 6 — Usage du service",
        "Le Client utilise le service conformément aux lois en vigueur et s'abstient de tout usage de nature à "
            + "perturber le réseau de l'Opérateur ou celui de tiers.",
        "Afin de préserver la réputation des adresses de son réseau, l'émission de messages électroniques via un "
            + "serveur SMTP autre que celui de l'Opérateur est filtrée.",
        HEADING + "Article 7 — Responsabilité",
        "La responsabilité de l'Opérateur ne saurait être engagée en cas de force majeure, ni pour les dommages "
            + "indirects tels que la perte de chiffre d'affaires ou de données.");
  }

  private static List<String> conditionsThree() {
    return List.of(
        HEADING + "Article 8 — Durée et résiliation",
        // Says "à son échéance", not "au terme de la période initiale", which reads as a 12-month commitment.
        "Le contrat prend effet à la mise en service. À son échéance, il se renouvelle tacitement par "
            + "périodes successives d'un an, sauf dénonciation par lettre recommandée trois mois avant l'échéance.",
        HEADING + "Article 9 — Facturation",
        "Les abonnements sont facturés mensuellement et d'avance ; les factures sont payables à trente jours.",
        HEADING + "Article 10 — Données personnelles",
        "L'Opérateur traite les données du Client pour la seule exécution du contrat et ne les cède à aucun tiers.",
        HEADING + "Article 11 — Litiges",
        "Le contrat est soumis au droit français. Tout litige relève du tribunal de commerce du siège de "
            + "l'Opérateur.");
  }
}
