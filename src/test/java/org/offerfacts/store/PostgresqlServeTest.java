package org.offerfacts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.app.AppConfig;
import org.offerfacts.web.TestServer;

/** `serve --database-url jdbc:postgresql://…`: the whole app, demo set included, on PostgreSQL. */
class PostgresqlServeTest {

  @Test
  void the_demo_offers_are_read_stored_and_served_from_postgresql(@TempDir Path data) throws Exception {
    String url = EmbeddedPostgresql.newDatabase();
    AppConfig config = new AppConfig("127.0.0.1", 0, data, url, EmbeddedPostgresql.USER, EmbeddedPostgresql.PASSWORD,
        false, null, new String[0], AppConfig.DEFAULT_MAX_UPLOAD);
    try (TestServer server = TestServer.withDemo(config)) {
      assertThat(server.app.db.backend()).isEqualTo(Database.Backend.POSTGRESQL);
      assertThat(data.resolve("offerfacts.db")).doesNotExist();

      HttpResponse<String> home = server.get("/");
      assertThat(home.statusCode()).isEqualTo(200);
      assertThat(home.body()).contains("Fibreval Télécom", "Nordlink Business", "Azur Connect Pro",
          "Brightwave Networks");

      HttpResponse<String> offer = server.get("/offers/1");
      assertThat(offer.statusCode()).isEqualTo(200);
      assertThat(offer.body()).contains("Fibre Pro 1G", "349.00");
      assertThat(server.app.jobs.ofOffer(1)).isNotEmpty().allSatisfy(job -> assertThat(job.state()).isEqualTo(Job.State.DONE));
      assertThat(server.app.documents.ofOffer(1)).isNotEmpty();
      assertThat(server.app.facts.ofOffers(List.of(1L))).extracting(StoredFact::attribute).contains("sla_gtr_hours");
    } finally {
      EmbeddedPostgresql.dropDatabase(url);
    }
  }
}
