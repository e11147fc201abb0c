package org.offerfacts.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.fetch.FetchException;
import org.offerfacts.fetch.FetchedResource;
import org.offerfacts.fetch.UrlFetcher;

class IngestorTest {

  @TempDir Path dir;

  private final Ingestor ingestor = new Ingestor(IngestLimits.DEFAULT, null);

  private static IngestException.Reason reasonOf(Throwable e) {
    return ((IngestException) e).reason();
  }

  @Test
  void a_pdf_saved_with_a_txt_name_is_read_as_a_pdf_titled_by_its_file_name() throws Exception {
    Path file = dir.resolve("offre.txt");
    Files.write(file, PdfFixtures.pages(List.of(List.of("Débit garanti : 1 Gbit/s."))));

    IngestedDocument document = ingestor.ingest(file.toString());

    assertThat(document.mediaType()).isEqualTo("application/pdf");
    assertThat(document.source()).isEqualTo(file.toString());
    assertThat(document.title()).isEqualTo("offre.txt");
    assertThat(document.text().pages().get(0).text()).isEqualTo("Débit garanti : 1 Gbit/s.");
  }

  @Test
  void a_missing_file_or_a_directory_is_unreachable() {
    assertThatThrownBy(() -> ingestor.ingest(dir.resolve("absent.pdf").toString()))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(IngestException.Reason.UNREACHABLE))
        .hasMessageStartingWith("no such file: ");
    assertThatThrownBy(() -> ingestor.ingest(dir.toString()))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(IngestException.Reason.UNREACHABLE));
  }

  @Test
  void a_file_over_the_byte_limit_is_refused_before_reading() throws Exception {
    Path file = dir.resolve("gros.txt");
    Files.writeString(file, "x".repeat(2_000));
    Ingestor small = new Ingestor(new IngestLimits(1_000, 10, 1_000, 512, 5), null);

    assertThatThrownBy(() -> small.ingest(file.toString()))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(IngestException.Reason.TOO_LARGE))
        .hasMessageContaining("above the limit of");
  }

  @Test
  void an_image_file_is_refused_as_unsupported() throws Exception {
    Path file = dir.resolve("scan.pdf");
    Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'});

    assertThatThrownBy(() -> ingestor.ingest(file.toString()))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(IngestException.Reason.UNSUPPORTED_TYPE))
        .hasMessage("not a supported document type (image/jpeg detected)");
  }

  @Test
  void an_upload_in_memory_is_read_and_checked_against_the_byte_limit() throws Exception {
    byte[] html = "<title>Offre</title><p>IPv6 inclus.</p>".getBytes(StandardCharsets.UTF_8);
    Ingestor small = new Ingestor(new IngestLimits(20, 10, 1_000, 512, 5), null);

    IngestedDocument document = ingestor.ingest(new DocumentSource("upload", "offre.bin", null, html));

    assertThat(document.mediaType()).isEqualTo("text/html");
    assertThat(document.text().pages().get(0).text()).isEqualTo("IPv6 inclus.");
    assertThatThrownBy(() -> small.ingest(new DocumentSource("upload", "offre.bin", null, html)))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(IngestException.Reason.TOO_LARGE));
  }

  @Test
  void a_url_without_a_configured_fetcher_is_unreachable() {
    assertThatThrownBy(() -> ingestor.ingest("https://acme.example/offre.pdf"))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(IngestException.Reason.UNREACHABLE))
        .hasMessage("URL fetching is not configured");
  }

  @Test
  void a_url_is_fetched_typed_by_content_and_titled_by_its_last_path_segment() throws Exception {
    byte[] pdf = PdfFixtures.pages(List.of(List.of("Tarifs 2024 : 39 euros par mois.")));
    UrlFetcher servesPdf = url -> new FetchedResource(URI.create(url), URI.create("https://cdn.acme.example/docs/tarifs-2024.pdf?v=3"),
        "application/octet-stream", pdf);

    IngestedDocument document = new Ingestor(IngestLimits.DEFAULT, servesPdf).ingest("https://acme.example/tarifs");

    assertThat(document.source()).isEqualTo("https://acme.example/tarifs");
    assertThat(document.mediaType()).isEqualTo("application/pdf");
    assertThat(document.title()).isEqualTo("tarifs-2024.pdf");
    assertThat(document.text().pages().get(0).text()).isEqualTo("Tarifs 2024 : 39 euros par mois.");
  }

  @Test
  void fetch_failures_keep_their_message_and_map_to_too_large_or_unreachable() {
    UrlFetcher tooLarge = url -> { throw new FetchException(FetchException.Reason.TOO_LARGE, "the page exceeds 10 MB"); };
    UrlFetcher refused = url -> { throw new FetchException(FetchException.Reason.FORBIDDEN_ADDRESS, "private address refused"); };

    assertThatThrownBy(() -> new Ingestor(IngestLimits.DEFAULT, tooLarge).ingest("http://acme.example/x"))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(IngestException.Reason.TOO_LARGE))
        .hasMessage("the page exceeds 10 MB");
    assertThatThrownBy(() -> new Ingestor(IngestLimits.DEFAULT, refused).ingest("HTTP://10.0.0.1/x"))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(IngestException.Reason.UNREACHABLE))
        .hasMessage("private address refused");
  }

  @Test
  void last_path_segment_ignores_queries_and_trailing_slashes() {
    assertThat(ParserRegistry.lastPathSegment("https://acme.fr/offres/fibre%20pro.pdf?v=2")).isEqualTo("fibre pro.pdf");
    assertThat(ParserRegistry.lastPathSegment("https://acme.fr/offres/")).isEqualTo("offres");
    assertThat(ParserRegistry.lastPathSegment("https://acme.fr")).isNull();
  }
}
