package org.offerfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  @TempDir Path dir;

  @Test
  void json_output_follows_the_contract_and_a_bad_file_fails_alone_with_exit_code_2() throws Exception {
    Path pdf = twoPagePdf(dir.resolve("conditions.pdf"));
    Path html = Files.writeString(dir.resolve("sheet.html"), "<html lang=\"en\"><head><title>Sheet</title></head><body>"
        + "<table><tr><td>Native IPv6</td><td>Yes</td></tr></table></body></html>");
    Path missing = dir.resolve("nowhere.pdf");

    CommandRun run = CommandRun.of("extract", "--json", pdf.toString(), missing.toString(), html.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nowhere.pdf");
    JsonNode docs = new ObjectMapper().readTree(run.out()).get("documents");
    assertThat(docs).hasSize(3);

    JsonNode conditions = docs.get(0);
    assertThat(conditions.get("pages").asInt()).isEqualTo(2);
    assertThat(conditions.get("language").asText()).isEqualTo("fr");
    JsonNode blocked = factOf(conditions, "smtp_port25_outbound_blocked");
    assertThat(blocked.get("value").asBoolean()).isTrue();
    assertThat(blocked.get("page").asInt()).isEqualTo(2);
    assertThat(blocked.get("conditions").toString()).contains("by_default");
    assertThat(blocked.get("quote").asText()).contains("port 25");
    assertThat(blocked.get("end").asInt()).isGreaterThan(blocked.get("start").asInt());
    assertThat(blocked.get("rule").asText()).startsWith("smtp_port25_outbound_blocked/");
    assertThat(factOf(conditions, "commitment_months").get("value").asInt()).isEqualTo(12);
    assertThat(conditions.get("silent").toString()).contains("\"ipv6\"").doesNotContain("smtp_port25_outbound_blocked");

    assertThat(docs.get(1).get("error").asText()).contains("nowhere.pdf");
    assertThat(factOf(docs.get(2), "ipv6").get("value").asBoolean()).isTrue();
  }

  @Test
  void readable_output_lists_one_line_per_fact_with_its_page() throws Exception {
    Path pdf = twoPagePdf(dir.resolve("conditions.pdf"));

    CommandRun run = CommandRun.of("extract", pdf.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsPattern("smtp_port25_outbound_blocked\\s+yes\\s+p\\.2 ")
        .contains("silent on");
  }

  @Test
  void help_describes_the_accepted_inputs() {
    CommandRun run = CommandRun.of("extract", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--json").contains(".eml").contains("http(s)://");
  }

  private static JsonNode factOf(JsonNode document, String attribute) {
    for (JsonNode f : document.get("facts")) if (f.get("attribute").asText().equals(attribute)) return f;
    throw new AssertionError(attribute + " not found in " + document.get("facts"));
  }

  private static Path twoPagePdf(Path file) throws Exception {
    List<List<String>> pages = List.of(
        List.of("Conditions particulières de l'offre Pro", "La durée minimale d'engagement est de 12 mois."),
        List.of("Article 7 – Messagerie", "Le port 25 sortant est bloqué par défaut pour lutter contre le spam."));
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<String> lines : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
          float y = 720;
          for (String line : lines) {
            out.beginText();
            out.setFont(font, 11);
            out.newLineAtOffset(60, y);
            out.showText(line);
            out.endText();
            y -= 20;
          }
        }
      }
      doc.save(file.toFile());
    }
    assertThat(Files.readAllBytes(file)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    return file;
  }
}
