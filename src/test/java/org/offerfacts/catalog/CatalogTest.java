package org.offerfacts.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalog in {@code specs/} as shipped: it loads, and it holds every core attribute. */
class CatalogTest {
  private static final Path SPECS = Path.of("specs");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /**
   * The 25 ids and types of ../shared/core-attributes.md, copied here so that the suite also
   * passes on a machine without the shared folder.
   */
  private static final Map<String, AttributeType> CORE = new LinkedHashMap<>();

  static {
    CORE.put("ipv6", AttributeType.BOOLEAN);
    CORE.put("ipv6_prefix", AttributeType.INTEGER);
    CORE.put("static_ipv4", AttributeType.BOOLEAN);
    CORE.put("ipv4_block", AttributeType.INTEGER);
    CORE.put("cgnat", AttributeType.BOOLEAN);
    CORE.put("reverse_dns", AttributeType.BOOLEAN);
    CORE.put("download_mbps", AttributeType.NUMBER);
    CORE.put("upload_mbps", AttributeType.NUMBER);
    CORE.put("guaranteed_bandwidth", AttributeType.BOOLEAN);
    CORE.put("access_technology", AttributeType.ENUM);
    CORE.put("smtp_port25_outbound_blocked", AttributeType.BOOLEAN);
    CORE.put("smtp_port25_unblock_on_request", AttributeType.BOOLEAN);
    CORE.put("router_bridge_mode", AttributeType.BOOLEAN);
    CORE.put("own_router_allowed", AttributeType.BOOLEAN);
    CORE.put("router_port_forwarding", AttributeType.BOOLEAN);
    CORE.put("router_dmz", AttributeType.BOOLEAN);
    CORE.put("router_firewall_configurable", AttributeType.BOOLEAN);
    CORE.put("router_vpn", AttributeType.BOOLEAN);
    CORE.put("backup_4g", AttributeType.BOOLEAN);
    CORE.put("sla_gti_hours", AttributeType.NUMBER);
    CORE.put("sla_gtr_hours", AttributeType.NUMBER);
    CORE.put("sla_availability_percent", AttributeType.NUMBER);
    CORE.put("support_24_7", AttributeType.BOOLEAN);
    CORE.put("support_written_channel", AttributeType.BOOLEAN);
    CORE.put("commitment_months", AttributeType.INTEGER);
  }

  private final Catalog catalog = CatalogLoader.fromDirectory(SPECS);

  @Test
  void every_spec_file_parses_as_yaml() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(SPECS)) {
      files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).extracting(p -> p.getFileName().toString())
        .contains("catalog.yaml", "language.yaml", "conditions.yaml");
    for (Path file : files) {
      JsonNode root = YAML.readTree(Files.readString(file));
      assertThat(root.isObject()).as(file + " is a mapping").isTrue();
    }
  }

  @Test
  void every_yaml_file_in_specs_is_named_by_the_index() throws IOException {
    JsonNode index = YAML.readTree(Files.readString(SPECS.resolve("catalog.yaml")));
    List<String> named = new ArrayList<>(List.of("catalog.yaml", index.get("language").asText(),
        index.get("conditions").asText()));
    index.get("categories").forEach(c -> named.add(c.get("file").asText()));
    try (Stream<Path> listing = Files.list(SPECS)) {
      assertThat(listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")))
          .containsExactlyInAnyOrderElementsOf(named);
    }
  }

  @Test
  void the_catalog_loads_from_the_folder_and_from_the_classpath_alike() {
    Catalog bundled = Catalog.bundled();
    assertThat(bundled.attributes()).extracting(Attribute::id)
        .containsExactlyElementsOf(catalog.attributes().stream().map(Attribute::id).toList());
    assertThat(catalog.categories()).extracting(Category::id)
        .containsExactly("connectivity", "email_ports", "router", "sla_support", "contract", "voice");
  }

  @Test
  void attribute_ids_are_unique_across_all_category_files() throws IOException {
    List<String> ids = new ArrayList<>();
    for (Category category : catalog.categories()) {
      JsonNode root = YAML.readTree(Files.readString(SPECS.resolve(category.file())));
      root.get("attributes").forEach(a -> ids.add(a.get("id").asText()));
    }
    assertThat(ids).doesNotHaveDuplicates().hasSize(catalog.attributes().size());
  }

  @Test
  void every_core_attribute_exists_with_its_type_and_is_marked_core() {
    CORE.forEach((id, type) -> {
      Attribute attribute = catalog.attribute(id).orElse(null);
      assertThat(attribute).as(id).isNotNull();
      assertThat(attribute.type()).as(id + " type").isEqualTo(type);
      assertThat(attribute.core()).as(id + " core").isTrue();
      assertThat(attribute.rules()).as(id + " has rules").isNotEmpty();
    });
  }

  @Test
  void only_the_core_attributes_are_marked_core() {
    assertThat(catalog.attributes().stream().filter(Attribute::core).map(Attribute::id))
        .containsExactlyInAnyOrderElementsOf(CORE.keySet());
  }

  @Test
  void core_numbers_are_in_the_units_of_the_core_list() {
    Map<String, String> units = Map.of("ipv6_prefix", "prefix length", "ipv4_block", "addresses",
        "download_mbps", "Mbit/s", "upload_mbps", "Mbit/s", "sla_gti_hours", "hours", "sla_gtr_hours", "hours",
        "sla_availability_percent", "%", "commitment_months", "months");
    units.forEach((id, unit) -> assertThat(catalog.attribute(id).orElseThrow().unit()).as(id).isEqualTo(unit));
  }

  @Test
  void access_technology_allows_exactly_the_core_values() {
    assertThat(catalog.attribute("access_technology").orElseThrow().enumValues()).containsExactly(
        "ftth", "ftto", "vdsl2", "adsl", "sdsl", "cable", "4g", "5g", "satellite", "leased_line");
  }

  @Test
  void every_attribute_has_an_english_and_french_label_meaning_and_question() {
    for (Attribute a : catalog.attributes()) {
      for (LocalizedText text : List.of(a.label(), a.meaning(), a.question())) {
        assertThat(text.en()).as(a.id() + " en").isNotBlank();
        assertThat(text.fr()).as(a.id() + " fr").isNotBlank();
      }
      assertThat(a.question().en()).as(a.id() + " question en").endsWith("?");
      assertThat(a.question().fr()).as(a.id() + " question fr").endsWith("?");
    }
  }

  @Test
  void every_requires_names_a_known_attribute_and_a_value_of_its_type() {
    for (Attribute a : catalog.attributes()) {
      for (Rule rule : a.rules()) {
        if (rule.requires() == null) continue;
        String[] parts = rule.requires().split("=", 2);
        Attribute required = catalog.attribute(parts[0]).orElseThrow();
        if (required.type() == AttributeType.BOOLEAN) assertThat(parts[1]).isIn("true", "false");
      }
    }
  }

  @Test
  void every_condition_has_labels_and_cues() {
    assertThat(catalog.conditions()).extracting(Condition::id)
        .contains("by_default", "on_request", "paid_option", "included", "some_offers_only", "planned");
    for (Condition c : catalog.conditions()) {
      assertThat(c.label().en()).isNotBlank();
      assertThat(c.label().fr()).isNotBlank();
      assertThat(c.cues()).as(c.id()).isNotEmpty();
    }
    assertThat(catalog.condition("planned").orElseThrow().negatesAvailability()).isTrue();
    assertThat(catalog.condition("on_request").orElseThrow().negatesAvailability()).isFalse();
  }
}
