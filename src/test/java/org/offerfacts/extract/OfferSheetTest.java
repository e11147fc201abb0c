package org.offerfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.extract.Documents.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole documents in the voice of suppliers, with every fact a technician records from them:
 * nothing more (no stray fact from generic talk or a neighbouring clause), nothing less.
 */
class OfferSheetTest {
  private static final String FRENCH_SPEC_SHEET = """
      Fibre Entreprise 1G — Fiche technique

      Une connexion fibre optique dédiée (FTTO) pour les sites exigeants.

      Caractéristiques
      - Débit symétrique garanti de 1 Gbit/s
      - Adresses IP : 1 adresse IPv4 fixe incluse, bloc /29 en option
      - IPv6 natif en double pile, préfixe /48 délégué
      - Routeur fourni et administré par nos soins ; vous pouvez aussi utiliser votre propre routeur
      - Secours 4G en option (bascule automatique)

      Niveau de service
      GTI 2 h, GTR 4 h, 24h/24 et 7j/7.
      Disponibilité garantie : 99,95 % par an.
      Support technique par téléphone et par ticket depuis l'espace client.

      Messagerie
      Le port 25 sortant n'est pas filtré sur cette offre. La plupart des FAI grand public le bloquent,
      ce qui n'est pas notre cas.

      Conditions
      Engagement de 36 mois. Frais de mise en service : 490 € HT. Prix : 390 € HT par mois.
      """;

  private static final String ENGLISH_SERVICE_DESCRIPTION = """
      Business Broadband Pro — Service description

      1. Access
      Your line is delivered over FTTP fibre with download speeds up to 900 Mbps and upload speeds up to
      110 Mbps. Speeds are not guaranteed: the service is best effort.

      2. Addressing
      IPv6 is enabled by default on every line, with a /56 prefix delegated to your router.
      A single static IPv4 address is included. Larger blocks (a /29 gives 8 addresses) are available
      for a small charge.
      We do not use CGNAT.

      3. Equipment
      The supplied router supports port forwarding and a DMZ host. Bridge mode is not available on this
      router. You may connect your own firewall behind it.

      4. E-mail
      Outbound port 25 is blocked by default to protect our network from spam. Customers running their
      own mail server can ask us to remove the block.

      5. Support and service levels
      Our UK-based support team is available Monday to Friday, 8am to 6pm, by phone or by e-mail at
      support@example.net. Faults are fixed within 24 hours (time to repair, business days only).

      6. Contract
      12 months minimum term, then rolling monthly.
      """;

  @Test
  void french_spec_sheet_gives_every_fact_with_its_conditions() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("ipv6", "true []");
    expected.put("ipv6_prefix", "48 []");
    expected.put("static_ipv4", "true [included]");
    expected.put("ipv4_block", "8 [paid_option]");
    expected.put("download_mbps", "1000.0 []");
    expected.put("upload_mbps", "1000.0 []");
    expected.put("guaranteed_bandwidth", "true []");
    expected.put("access_technology", "ftto []");
    expected.put("backup_4g", "true [paid_option]");
    expected.put("smtp_port25_outbound_blocked", "false []");
    expected.put("own_router_allowed", "true []");
    expected.put("sla_gti_hours", "2.0 []");
    expected.put("sla_gtr_hours", "4.0 []");
    expected.put("sla_availability_percent", "99.95 []");
    expected.put("support_written_channel", "true []");
    expected.put("commitment_months", "36 []");
    expected.put("price_monthly_eur", "390.0 []");
    expected.put("setup_fee_eur", "490.0 []");

    DocumentFacts facts = read(FRENCH_SPEC_SHEET);

    assertThat(summary(facts)).containsExactlyInAnyOrderEntriesOf(expected);
    assertThat(facts.conflicts()).isEmpty();
    assertThat(facts.language()).isEqualTo("fr");
    assertThat(Documents.the(facts, "smtp_port25_outbound_blocked").quote())
        .isEqualTo("Le port 25 sortant n'est pas filtré sur cette offre.");
  }

  @Test
  void english_service_description_gives_every_fact_with_its_conditions() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("ipv6", "true [by_default]");
    expected.put("ipv6_prefix", "56 []");
    expected.put("static_ipv4", "true [included]");
    expected.put("ipv4_block", "8 [paid_option]");
    expected.put("cgnat", "false []");
    expected.put("download_mbps", "900.0 []");
    expected.put("upload_mbps", "110.0 []");
    expected.put("guaranteed_bandwidth", "false []");
    expected.put("access_technology", "ftth []");
    expected.put("smtp_port25_outbound_blocked", "true [by_default]");
    expected.put("smtp_port25_unblock_on_request", "true [on_request]");
    expected.put("router_bridge_mode", "false []");
    expected.put("router_port_forwarding", "true []");
    expected.put("router_dmz", "true []");
    expected.put("sla_gtr_hours", "24.0 []");
    expected.put("support_written_channel", "true []");
    expected.put("commitment_months", "12 []");

    DocumentFacts facts = read(ENGLISH_SERVICE_DESCRIPTION);

    assertThat(summary(facts)).containsExactlyInAnyOrderEntriesOf(expected);
    assertThat(facts.conflicts()).isEmpty();
    assertThat(facts.language()).isEqualTo("en");
    assertThat(facts.silent()).contains("support_24_7", "sla_gti_hours", "own_router_allowed");
  }

  /** Each fact as "value [conditions]", by attribute. */
  private static Map<String, String> summary(DocumentFacts facts) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Fact f : facts.facts()) out.put(f.attribute(), f.value() + " " + List.copyOf(f.conditions()));
    return out;
  }
}
