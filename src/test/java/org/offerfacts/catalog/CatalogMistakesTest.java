package org.offerfacts.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistake in a catalog stops the load with a message that says where it is: the file, the
 * attribute and the field path. Each test breaks one thing in a copy of {@code specs/}.
 */
class CatalogMistakesTest {
  @TempDir
  Path specs;

  @BeforeEach
  void copyTheCatalog() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("specs"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, specs.resolve(f.getFileName()));
      }
    }
  }

  @Test
  void the_untouched_copy_loads() {
    assertThat(CatalogLoader.fromDirectory(specs).attribute("ipv6")).isPresent();
  }

  @Test
  void an_unknown_type_names_file_attribute_and_field() throws IOException {
    edit("router.yaml", "  - id: router_dmz\n    type: boolean", "  - id: router_dmz\n    type: flag");

    assertThatThrownBy(this::load).isInstanceOf(CatalogException.class)
        .hasMessageContaining("router.yaml")
        .hasMessageContaining("attribute router_dmz")
        .hasMessageContaining(": type: ")
        .hasMessageContaining("boolean, integer, number, enum, text");
  }

  @Test
  void a_bad_regular_expression_names_the_pattern_it_is_in() throws IOException {
    edit("connectivity.yaml", "patterns: ['/\\s?(?<n>4[0-9]", "patterns: ['/\\s?(?<n>4[0-9");

    assertThatThrownBy(this::load).isInstanceOf(CatalogException.class)
        .hasMessageContaining("connectivity.yaml")
        .hasMessageContaining("attribute ipv6_prefix")
        .hasMessageContaining("rules[0].patterns[0]")
        .hasMessageContaining("not a valid regular expression");
  }

  @Test
  void an_unknown_macro_names_the_macro_and_the_pattern() throws IOException {
    edit("sla-support.yaml", "patterns: ['{percent}']", "patterns: ['{percentage}']");

    assertThatThrownBy(this::load).isInstanceOf(CatalogException.class)
        .hasMessageContaining("sla-support.yaml")
        .hasMessageContaining("attribute sla_availability_percent")
        .hasMessageContaining("rules[0].patterns[0]")
        .hasMessageContaining("unknown macro {percentage}");
  }

  @Test
  void requires_naming_an_unknown_attribute_names_the_file_it_is_written_in() throws IOException {
    edit("email-ports.yaml", "        requires: smtp_port25_outbound_blocked=true\n        confidence: 0.75",
        "        requires: smtp_port25_blocked=true\n        confidence: 0.75");

    assertThatThrownBy(this::load).isInstanceOf(CatalogException.class)
        .hasMessageContaining(specs.resolve("email-ports.yaml").toString())
        .hasMessageContaining("attribute smtp_port25_unblock_on_request")
        .hasMessageContaining("rules[0].requires")
        .hasMessageContaining("unknown attribute 'smtp_port25_blocked'");
  }

  @Test
  void an_id_defined_twice_names_both_files() throws IOException {
    edit("voice.yaml", "  - id: sip_trunk\n", "  - id: router_dmz\n");

    assertThatThrownBy(this::load).isInstanceOf(CatalogException.class)
        .hasMessageContaining("voice.yaml")
        .hasMessageContaining("attribute router_dmz")
        .hasMessageContaining(": id: ")
        .hasMessageContaining("router.yaml");
  }

  @Test
  void an_unquoted_no_in_a_term_list_is_reported_as_a_yaml_boolean() throws IOException {
    edit("router.yaml", "all: [[dmz, demilitarized zone,", "all: [[dmz, no,");

    assertThatThrownBy(this::load).isInstanceOf(CatalogException.class)
        .hasMessageContaining("router.yaml")
        .hasMessageContaining("attribute router_dmz")
        .hasMessageContaining("rules[0].all[0][1]")
        .hasMessageContaining("quote them");
  }

  @Test
  void an_unquoted_no_in_the_language_file_names_the_list() throws IOException {
    edit("language.yaml", "short_cues: [\"no\", without,", "short_cues: [no, without,");

    assertThatThrownBy(this::load).isInstanceOf(CatalogException.class)
        .hasMessageContaining("language.yaml")
        .hasMessageContaining("negation.short_cues[0]")
        .hasMessageContaining("quote them");
  }

  @Test
  void an_enum_value_outside_the_enum_names_the_rule() throws IOException {
    edit("connectivity.yaml", "          sdsl: [sdsl]\n", "          shdsl: [sdsl]\n");

    assertThatThrownBy(this::load).isInstanceOf(CatalogException.class)
        .hasMessageContaining("connectivity.yaml")
        .hasMessageContaining("attribute access_technology")
        .hasMessageContaining("rules[0].values.shdsl")
        .hasMessageContaining("'shdsl' is not one of");
  }

  @Test
  void a_rule_stating_an_unknown_condition_names_it() throws IOException {
    edit("connectivity.yaml", "        conditions: [planned]\n", "        conditions: [announced]\n");

    assertThatThrownBy(this::load).isInstanceOf(CatalogException.class)
        .hasMessageContaining("connectivity.yaml")
        .hasMessageContaining("attribute ipv6")
        .hasMessageContaining("rules[2].conditions[0]")
        .hasMessageContaining("unknown condition 'announced'");
  }

  @Test
  void a_missing_category_file_is_named() throws IOException {
    Files.delete(specs.resolve("voice.yaml"));

    assertThatThrownBy(this::load).isInstanceOf(CatalogException.class)
        .hasMessageContaining("voice.yaml")
        .hasMessageContaining("file not found");
  }

  private Catalog load() {
    return CatalogLoader.fromDirectory(specs);
  }

  /** Replaces text that must occur exactly once, so a test cannot pass by breaking nothing. */
  private void edit(String file, String from, String to) throws IOException {
    Path path = specs.resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).as("occurrences of the edited text").hasSize(2);
    Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
  }
}
