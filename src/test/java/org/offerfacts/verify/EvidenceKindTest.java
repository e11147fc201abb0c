package org.offerfacts.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.offerfacts.store.FactStatus;
import org.offerfacts.store.StoredDocument;
import org.offerfacts.store.StoredFact;

class EvidenceKindTest {
  @Test
  void documentsAreKnownByHowSuppliersTitleThem() {
    assertThat(EvidenceKind.ofDocument(doc("Contrat de services — annexe signée", "contrat.pdf"))).isEqualTo(EvidenceKind.CONTRACT);
    assertThat(EvidenceKind.ofDocument(doc("Conditions Générales de Vente", "cgv.pdf"))).isEqualTo(EvidenceKind.CONDITIONS);
    assertThat(EvidenceKind.ofDocument(doc("Service Terms", "terms.pdf"))).isEqualTo(EvidenceKind.CONDITIONS);
    assertThat(EvidenceKind.ofDocument(doc("Fibre Pro — fiche produit", "fiche.html"))).isEqualTo(EvidenceKind.BROCHURE_OR_WEB_PAGE);
    assertThat(EvidenceKind.ofDocument(doc("RE: vos questions", "reponse.eml"))).isEqualTo(EvidenceKind.WRITTEN_ANSWER);
  }

  @Test
  void aTechniciansCheckOutweighsEveryClaimAndAContractOutweighsABrochure() {
    assertThat(EvidenceKind.of(fact(FactStatus.VERIFIED, null), null)).isEqualTo(EvidenceKind.MEASUREMENT);
    assertThat(EvidenceKind.of(fact(FactStatus.SUPPLIER_STATED, "told by phone by the sales rep"), null))
        .isEqualTo(EvidenceKind.PHONE_NOTE);
    assertThat(EvidenceKind.of(fact(FactStatus.SUPPLIER_STATED, null), null)).isEqualTo(EvidenceKind.WRITTEN_ANSWER);
    assertThat(EvidenceKind.MEASUREMENT.strength()).isGreaterThan(EvidenceKind.CONTRACT.strength());
    assertThat(EvidenceKind.CONTRACT.strength()).isGreaterThan(EvidenceKind.CONDITIONS.strength());
    assertThat(EvidenceKind.CONDITIONS.strength()).isGreaterThan(EvidenceKind.BROCHURE_OR_WEB_PAGE.strength());
  }

  private static StoredDocument doc(String title, String source) {
    return new StoredDocument(1, 1, "sha", source, 1, title, "fr", 1, List.of(), null, "2026-12-01T00:00:00.000Z");
  }

  private static StoredFact fact(FactStatus status, String note) {
    return new StoredFact(1, 1, "ipv6", true, List.of(), status, null, null, null, null, null, note, null, "x",
        "2026-12-01T00:00:00.000Z");
  }
}
