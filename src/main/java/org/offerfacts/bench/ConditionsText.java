package org.offerfacts.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates the text of French general conditions, page by page: numbered articles of legal
 * prose with, here and there, the technical statements the extractor looks for. Deterministic
 * for a seed, so benchmark runs compare like with like. Written for this project.
 */
final class ConditionsText {
  private static final String[] SUBJECTS = {"Le Client", "L'Opérateur", "Le Fournisseur", "Le Prestataire",
      "Chacune des Parties", "Le Service", "L'Équipement", "Le Contrat"};
  private static final String[] VERBS = {"s'engage à respecter", "reconnaît avoir pris connaissance de",
      "demeure responsable de", "ne saurait être tenu responsable de", "met en œuvre", "garantit",
      "informe sans délai de", "conserve la propriété de"};
  private static final String[] OBJECTS = {"l'ensemble des obligations prévues aux présentes conditions générales",
      "la bonne utilisation des équipements mis à disposition", "la confidentialité des identifiants d'accès",
      "toute interruption du service résultant d'un cas de force majeure", "les modalités de facturation en vigueur",
      "la configuration de son réseau local et de ses postes de travail", "les prescriptions techniques de l'annexe 2",
      "la continuité du service dans les conditions du présent article"};
  private static final String[] FACTS = {
      "L'émission de messages électroniques via un serveur SMTP autre que celui de l'Opérateur est bloquée par défaut ; le déblocage du port 25 peut être demandé par écrit au support.",
      "L'accès est fourni avec une adresse IPv6 native et un préfixe /56 délégué au Client.",
      "Une adresse IPv4 fixe est incluse ; un bloc de 8 adresses (/29) est disponible en option.",
      "La garantie de temps de rétablissement (GTR) est de 4 heures, 24h/24 et 7j/7.",
      "Le débit maximal est de 1 Gbit/s en réception et de 500 Mbit/s en émission.",
      "La durée minimale d'engagement est de 36 mois à compter de la mise en service.",
      "Le routeur fourni peut être configuré en mode bridge à la demande du Client.",
      "La disponibilité annuelle du service est garantie à 99,95 %."};

  private final Random random;

  ConditionsText(long seed) {
    this.random = new Random(seed);
  }

  /** Lines of text for each page; about 46 lines of 95 characters per page. */
  List<List<String>> pages(int count) {
    List<List<String>> pages = new ArrayList<>();
    int article = 1;
    for (int p = 0; p < count; p++) {
      List<String> lines = new ArrayList<>();
      while (lines.size() < 44) {
        lines.add("Article " + article++ + " – " + OBJECTS[random.nextInt(OBJECTS.length)].substring(0, 1).toUpperCase()
            + OBJECTS[random.nextInt(OBJECTS.length)].substring(1, 30).strip());
        StringBuilder paragraph = new StringBuilder();
        for (int s = 0; s < 4 + random.nextInt(4); s++) paragraph.append(sentence()).append(' ');
        if (random.nextInt(6) == 0) paragraph.append(FACTS[random.nextInt(FACTS.length)]);
        lines.addAll(wrap(paragraph.toString().strip(), 95));
        lines.add("");
      }
      pages.add(lines.subList(0, 44));
    }
    return pages;
  }

  private String sentence() {
    return SUBJECTS[random.nextInt(SUBJECTS.length)] + " " + VERBS[random.nextInt(VERBS.length)] + " "
        + OBJECTS[random.nextInt(OBJECTS.length)] + ".";
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() + word.length() + 1 > width && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) line.append(' ');
      line.append(word);
    }
    if (line.length() > 0) lines.add(line.toString());
    return lines;
  }
}
