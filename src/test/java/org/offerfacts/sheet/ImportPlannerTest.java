package org.offerfacts.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offerfacts.catalog.Catalog;
import org.offerfacts.sheet.ImportPlan.CellNote;
import org.offerfacts.sheet.ImportPlan.PlannedFact;
import org.offerfacts.sheet.ImportPlan.PlannedOffer;
import org.offerfacts.store.FactStatus;
import org.offerfacts.store.Offer;

class ImportPlannerTest {
  private static final ImportPlanner PLANNER = new ImportPlanner(Catalog.bundled());
  private static final List<Offer> OFFERS = List.of(
      offer(1, "Fibreval Télécom", "Fibre Pro 1G"),
      offer(2, "Nordlink Business", "SDSL Pro 20M"),
      offer(3, "Brightwave Networks", "Fibre Business 900"));

  private static Offer offer(long id, String supplier, String name) {
    return new Offer(id, id, supplier, name, null, null, null, null, "2026-01-01T00:00:00Z");
  }

  private static ImportPlan plan(String csv, boolean createMissing) {
    CsvTable table = CsvReader.read(csv.getBytes(StandardCharsets.UTF_8));
    return PLANNER.plan(table, "sha", new ImportOptions(FactStatus.SUPPLIER_STATED, createMissing, "grille.csv"), OFFERS);
  }

  private static PlannedFact fact(PlannedOffer offer, String attribute) {
    return offer.facts().stream().filter(f -> f.attribute().equals(attribute)).findFirst().orElseThrow();
  }

  @Test
  void offers_as_columns_are_found_when_the_first_column_names_attributes() {
    ImportPlan plan = plan("""
        Critère;Fibreval Télécom — Fibre Pro 1G;SDSL Pro 20M
        IPv6 ?;Oui;Sur demande
        GTR (h);4;8 h
        Débit descendant (Mbit/s);1 Gbit/s;20
        """, false);

    assertThat(plan.layout()).isEqualTo("offers_as_columns");
    assertThat(plan.offers()).extracting(PlannedOffer::offerId).containsExactly(1L, 2L);
    PlannedOffer fibreval = plan.offers().get(0);
    assertThat(fact(fibreval, "ipv6").value()).isEqualTo(true);
    assertThat(fact(fibreval, "sla_gtr_hours").value()).isEqualTo(4.0);
    assertThat(fact(fibreval, "download_mbps").value()).isEqualTo(1000.0);
    PlannedOffer nordlink = plan.offers().get(1);
    assertThat(fact(nordlink, "ipv6").conditions()).containsExactly("on_request");
    assertThat(plan.problems()).isEmpty();
  }

  @Test
  void offers_as_rows_are_found_when_the_header_row_names_attributes() {
    ImportPlan plan = plan("""
        Offre,IPv6,sla_gtr_hours,Port 25 sortant bloqué
        Fibre Business 900,Yes,8h,No
        Nordlink Business / SDSL Pro 20M,non,8,?
        """, false);

    assertThat(plan.layout()).isEqualTo("offers_as_rows");
    assertThat(plan.offers()).extracting(PlannedOffer::offerId).containsExactly(3L, 2L);
    PlannedFact blocked = fact(plan.offers().get(0), "smtp_port25_outbound_blocked");
    assertThat(blocked.value()).isEqualTo(false);
    assertThat(blocked.cell()).isEqualTo("D2");
    assertThat(blocked.quote()).isEqualTo("Port 25 sortant bloqué | No");
    assertThat(plan.unknownCells()).extracting(CellNote::cell).containsExactly("D3");
  }

  @Test
  void the_quote_is_the_label_and_the_value_and_its_offsets_point_at_the_value_cell() {
    String csv = "Critère;Fibre Pro 1G\nMode bridge;\"Non\"\n";
    ImportPlan plan = plan(csv, false);

    PlannedFact bridge = fact(plan.offers().get(0), "router_bridge_mode");
    assertThat(bridge.quote()).isEqualTo("Mode bridge | Non");
    assertThat(csv.substring(bridge.quoteStart(), bridge.quoteEnd())).isEqualTo("Non");
  }

  @Test
  void unknown_offers_are_reported_unless_they_may_be_created_with_a_supplier() {
    String csv = """
        Critère,Acme — Fibre 2G,Lonely offer
        IPv6,Oui,Non
        """;

    ImportPlan refused = plan(csv, false);
    assertThat(refused.offers()).isEmpty();
    assertThat(refused.unmatchedOffers()).extracting(CellNote::reason).containsExactly("offer_not_found", "offer_not_found");

    ImportPlan created = plan(csv, true);
    assertThat(created.offers()).singleElement().satisfies(o -> {
      assertThat(o.create()).isTrue();
      assertThat(o.supplier()).isEqualTo("Acme");
      assertThat(o.name()).isEqualTo("Fibre 2G");
    });
    assertThat(created.unmatchedOffers()).singleElement().satisfies(n -> {
      assertThat(n.reason()).isEqualTo("no_supplier");
      assertThat(n.cell()).isEqualTo("C1");
    });
  }

  @Test
  void a_supplier_row_gives_new_offers_their_supplier_and_tells_apart_offers_of_the_same_name() {
    ImportPlan plan = plan("""
        ,A,B
        Fournisseur,Acme,Fibreval Télécom
        IPv6,Oui,Non
        """, true);

    assertThat(plan.offers()).extracting(PlannedOffer::supplier).containsExactly("Acme", "Fibreval Télécom");
    assertThat(plan.offers().get(0).create()).isTrue();
    assertThat(plan.offers().get(1).name()).isEqualTo("B");
  }

  @Test
  void labels_that_name_no_attribute_and_unreadable_cells_are_reported_never_dropped() {
    ImportPlan plan = plan("""
        Critère;Fibre Pro 1G
        Couleur du boîtier;Noir
        IPv6;peut-être
        GTR;NC
        """, false);

    assertThat(plan.unmatchedAttributes()).singleElement().satisfies(n -> {
      assertThat(n.text()).isEqualTo("Couleur du boîtier");
      assertThat(n.cell()).isEqualTo("A2");
    });
    assertThat(plan.problems()).singleElement().satisfies(n -> {
      assertThat(n.cell()).isEqualTo("B3");
      assertThat(n.row()).isEqualTo(3);
      assertThat(n.column()).isEqualTo("B");
      assertThat(n.text()).isEqualTo("peut-être");
      assertThat(n.reason()).isEqualTo("not_boolean");
      assertThat(n.attribute()).isEqualTo("ipv6");
    });
    assertThat(plan.unknownCells()).singleElement().satisfies(n -> assertThat(n.text()).isEqualTo("NC"));
    assertThat(plan.factCount()).isZero();
  }

  @Test
  void a_sheet_that_names_no_attribute_is_refused() {
    assertThatThrownBy(() -> plan("Nom;Couleur\nA;Noir\n", false))
        .isInstanceOfSatisfying(SheetException.class, e -> assertThat(e.key()).isEqualTo("no_attributes"));
  }

  @Test
  void headings_match_the_catalog_by_id_label_in_either_language_and_small_variations() {
    AttributeNames names = new AttributeNames(Catalog.bundled());

    assertThat(names.find("IPv6 ?")).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("ipv6"));
    assertThat(names.find("GTR (h)")).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("sla_gtr_hours"));
    assertThat(names.find("MODE BRIDGE")).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("router_bridge_mode"));
    assertThat(names.find("Débit descendant (Mbit/s)")).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("download_mbps"));
    assertThat(names.find("debit descendant")).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("download_mbps"));
    assertThat(names.find("smtp_port25_outbound_blocked")).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("smtp_port25_outbound_blocked"));
    assertThat(names.find("Outbound port 25 blocked")).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("smtp_port25_outbound_blocked"));
    assertThat(names.find("Port 25")).as("names two attributes").isEmpty();
    assertThat(names.find("Couleur du boîtier")).isEmpty();
  }
}
