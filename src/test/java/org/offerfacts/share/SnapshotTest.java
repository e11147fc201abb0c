package org.offerfacts.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offerfacts.share.Snapshot.Frozen;

class SnapshotTest {
  private static Frozen cell(Object value, String status, List<String> conditions) {
    return new Frozen(value, status, conditions, "quote", 3, null, "2026-11-02T10:00:00.000Z");
  }

  @Test
  void a_cell_is_unchanged_when_value_status_and_conditions_agree_whatever_the_evidence() {
    Frozen then = cell(4L, "extracted", List.of());
    assertThat(then.sameAs(new Frozen(4.0, "extracted", List.of(), "another quote", 5, "a note", "2026-12-01T00:00:00.000Z"))).isTrue();
    assertThat(then.sameAs(cell(2L, "extracted", List.of()))).as("value").isFalse();
    assertThat(then.sameAs(cell(4L, "verified", List.of()))).as("status").isFalse();
    assertThat(then.sameAs(cell(4L, "extracted", List.of("on_request")))).as("conditions").isFalse();
    assertThat(then.sameAs(Frozen.UNKNOWN)).as("no longer known").isFalse();
    assertThat(Frozen.UNKNOWN.sameAs(Frozen.UNKNOWN)).isTrue();
  }

  @Test
  void a_snapshot_reads_back_as_it_was_written_numbers_compared_by_value() throws Exception {
    Snapshot snapshot = new Snapshot("2026-11-02T10:00:00.000Z",
        List.of(new Snapshot.Column(1, "Acme — Fibre", "fibre", new BigDecimal("49.90"))),
        List.of(new Snapshot.Group("sla", List.of(new Snapshot.Row("sla_gtr_hours", List.of(cell(4L, "extracted", List.of())))))));
    String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(snapshot);
    Snapshot read = ShareLinks.read(json);
    assertThat(read.offers()).isEqualTo(snapshot.offers());
    Frozen back = read.groups().get(0).rows().get(0).cells().get(0);
    assertThat(back.value()).isInstanceOf(Integer.class);
    assertThat(back.sameAs(cell(4L, "extracted", List.of()))).isTrue();
    assertThat(json).doesNotContain("author");
  }
}
