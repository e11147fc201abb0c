package org.offerfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny corpus in the shared/corpus format, written by the test, scored by the real command. */
class EvaluateCommandTest {
  @TempDir Path dir;

  @BeforeEach
  void writeCorpus() throws Exception {
    Files.createDirectories(dir.resolve("html"));
    Files.writeString(dir.resolve("html/a.html"), "<html lang=\"en\"><body><p>Outbound port 25 is blocked by default.</p>"
        + "<p>We guarantee an availability of 99.9% per month.</p></body></html>");
    Files.writeString(dir.resolve("html/b.html"), "<html lang=\"en\"><body><p>Most ISPs block port 25.</p>"
        + "<p>Our routers support bridge mode.</p></body></html>");
    Files.writeString(dir.resolve("index.json"), """
        [{"id":"a","language":"en","kind":"isp_offer","html":"html/a.html"},
         {"id":"b","language":"en","kind":"distractor","html":"html/b.html"}]""");
    Files.writeString(dir.resolve("labels.json"), """
        {"a":{"facts":[{"attribute":"smtp_port25_outbound_blocked","value":true,"evidence":"Outbound port 25 is blocked"},
                       {"attribute":"sla_availability_percent","value":99.9,"evidence":"99.9%"},
                       {"attribute":"ipv6","value":true,"evidence":"an IPv6 claim the document does not make"}],
              "ambiguous":[]},
         "b":{"facts":[],"ambiguous":[]}}""");
  }

  @Test
  void scores_true_and_false_positives_and_misses_per_form() throws Exception {
    CommandRun run = CommandRun.of("evaluate", dir.toString(), "--forms", "html", "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode html = new ObjectMapper().readTree(run.out()).get("forms").get(0);
    assertThat(html.get("form").asText()).isEqualTo("html");
    JsonNode overall = html.get("overall");
    assertThat(overall.get("tp").asInt()).isEqualTo(2);
    assertThat(overall.get("fn").asInt()).isEqualTo(1);
    // "Our routers support bridge mode" is a fact the labels of b do not hold: a false positive.
    assertThat(overall.get("fp").asInt()).isEqualTo(1);
    assertThat(html.get("false_positives").get(0).get("attribute").asText()).isEqualTo("router_bridge_mode");
    assertThat(html.get("misses").get(0).get("attribute").asText()).isEqualTo("ipv6");
    assertThat(html.get("attributes").get("ipv6").get("recall").asDouble()).isZero();
  }

  @Test
  void a_threshold_not_met_exits_with_1_and_names_it() {
    CommandRun run = CommandRun.of("evaluate", dir.toString(), "--forms", "html", "--min-recall", "0.9");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("BELOW THRESHOLD: html recall 0.667 < 0.900");
  }

  @Test
  void a_folder_without_labels_is_refused_with_exit_code_2() throws Exception {
    CommandRun run = CommandRun.of("evaluate", Files.createDirectory(dir.resolve("empty")).toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("index.json");
  }
}
