package org.offerfacts.verify;

import java.text.Normalizer;
import java.util.Locale;
import org.offerfacts.store.FactStatus;
import org.offerfacts.store.StoredDocument;
import org.offerfacts.store.StoredFact;

/**
 * What kind of evidence backs a fact, weakest first. Two claims that disagree are not equal: a
 * signed contract outweighs a brochure, and what a technician measured outweighs any claim.
 */
public enum EvidenceKind {
  PHONE_NOTE, BROCHURE_OR_WEB_PAGE, WRITTEN_ANSWER, CONDITIONS, CONTRACT, MEASUREMENT;

  public int strength() {
    return ordinal();
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads the kind from what we hold: a technician's verified answer is our own measurement, a
   * supplier-stated fact is a written answer unless its note says it came by phone, and a fact
   * read from a document takes the document's kind.
   */
  public static EvidenceKind of(StoredFact fact, StoredDocument document) {
    if (fact.status() == FactStatus.VERIFIED) return MEASUREMENT;
    String note = fold(fact.note());
    if (note.contains("telephone") || note.contains("phone") || note.contains("appel")) return PHONE_NOTE;
    if (document == null) return fact.status() == FactStatus.SUPPLIER_STATED ? WRITTEN_ANSWER : BROCHURE_OR_WEB_PAGE;
    return ofDocument(document);
  }

  /** From the document's title and name, as suppliers title their papers. */
  public static EvidenceKind ofDocument(StoredDocument document) {
    String words = fold(document.title()) + " " + fold(document.source());
    if (words.matches(".*\\b(contrat|contract|annexe signee|signed annex|bon de commande|order form|avenant)\\b.*")) {
      return CONTRACT;
    }
    if (words.matches(".*\\b(conditions|cgv|cgs|cgu|terms|sla|service level|specifications techniques|technical specifications)\\b.*")) {
      return CONDITIONS;
    }
    if (words.endsWith(".eml") || words.matches(".*\\b(reponse|answer|re:)\\b.*") || words.contains(".eml ")) {
      return WRITTEN_ANSWER;
    }
    return BROCHURE_OR_WEB_PAGE;
  }

  private static String fold(String text) {
    if (text == null) return "";
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
