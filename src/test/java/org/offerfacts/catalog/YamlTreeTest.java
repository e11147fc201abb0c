package org.offerfacts.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** YamlTree reads catalog files into the very tree ObjectMapper.readTree builds, without its start-up cost. */
class YamlTreeTest {
  private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

  @Test
  void every_shipped_catalog_file_reads_into_the_same_tree_as_with_an_object_mapper() throws Exception {
    List<Path> files;
    try (Stream<Path> listed = Files.list(Path.of("specs"))) {
      files = listed.filter(f -> f.toString().endsWith(".yaml")).toList();
    }
    assertThat(files).hasSizeGreaterThan(5);
    for (Path file : files) {
      String yaml = Files.readString(file);
      assertThat(YamlTree.read(yaml)).as(file.toString()).isEqualTo(MAPPER.readTree(yaml));
    }
  }

  @Test
  void scalars_of_every_kind_nesting_repeated_keys_and_empty_documents_read_as_with_an_object_mapper() throws Exception {
    String yaml = """
        text: "quoted: yes"
        plain: bloqué par défaut
        count: 25
        big: 12345678901
        huge: 123456789012345678901234567890
        ratio: 99.95
        flag: true
        off: false
        nothing: null
        tilde: ~
        list: [a, 1, {nested: [x, y]}, []]
        block:
          - one
          - two: 2
        count: 26
        """;
    assertThat(YamlTree.read(yaml)).isEqualTo(MAPPER.readTree(yaml));
    assertThat(YamlTree.read("")).isEqualTo(MAPPER.readTree(""));
    assertThat(YamlTree.read("# only a comment\n")).isEqualTo(MAPPER.readTree("# only a comment\n"));
  }

  @Test
  void broken_yaml_fails_as_a_json_processing_error_like_with_an_object_mapper() {
    String broken = "attributes:\n  - id: x\n   label: [unclosed\n";
    assertThatThrownBy(() -> MAPPER.readTree(broken)).isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> YamlTree.read(broken)).isInstanceOf(JsonProcessingException.class);
  }
}
