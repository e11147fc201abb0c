package org.offerfacts.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.accounts.Role;
import org.offerfacts.app.App;
import org.offerfacts.app.AppConfig;
import org.offerfacts.ingest.Page;
import org.offerfacts.store.FactStatus;
import org.offerfacts.store.NewDocument;
import org.offerfacts.store.NewFact;
import org.offerfacts.store.NewOffer;

/**
 * The kill test is only as good as the check it runs after each kill: here each half-written
 * change it looks for is written on purpose, the way a crash between two transactions would
 * leave it, and the check must name it.
 */
class DataDirCheckTest {
  @TempDir Path data;

  @Test
  void a_whole_data_folder_has_no_problem() throws Exception {
    try (App app = App.open(AppConfig.forData(data))) {
      app.offers.create(NewOffer.of("Fibreval", "Fibre Pro"));
    }
    assertThat(DataDirCheck.problems(data)).isEmpty();
  }

  @Test
  void every_half_written_change_is_named() throws Exception {
    try (App app = App.open(AppConfig.forData(data))) {
      long offer = app.offers.create(NewOffer.of("Fibreval", "Fibre Pro")).id();
      long admin = app.accounts.users.create("admin@crash.example", Role.ADMIN, "correct horse battery", false).id();
      String sha = app.contents.put(new byte[] {1, 2, 3}, "application/pdf");
      long document = app.documents.add(new NewDocument(offer, sha, "a.pdf", null, "fr", List.of(new Page(1, "IPv6 : oui")),
          List.of(), null)).id();
      app.facts.append(new NewFact(offer, "ipv6", true, List.of(), FactStatus.VERIFIED, null, null, null, null, null,
          "checked", null, "admin@crash.example"));
      long done = app.jobs.queueUpload(offer, "a.pdf", new byte[] {1, 2, 3}, "application/pdf").id();
      app.db.writeVoid(tx -> tx.execute("UPDATE job SET state = 'done' WHERE id = ?", done));
      long failed = app.jobs.queueUpload(offer, "b.pdf", new byte[] {4}, "application/pdf").id();
      app.jobs.failed(failed, "");
      app.db.writeVoid(tx -> tx.execute("""
          INSERT INTO share_link (digest, kind, view_path, title, snapshot, created_by, created_at, opened_count)
          VALUES ('d', 'offer', '/offers/1', 't', '{}', ?, '2026-01-01T00:00:00Z', 0)""", admin));
      app.db.writeVoid(tx -> tx.execute("UPDATE document SET pages = 2 WHERE id = ?", document));
      app.db.writeVoid(tx -> tx.execute("DELETE FROM page_search"));
    }
    Files.writeString(data.resolve("upload-1234.tmp"), "left behind");

    assertThat(String.join("\n", DataDirCheck.problems(data))).contains(
        "a file that is not the database's: upload-1234.tmp",
        "documents without all their pages: [document 1]",
        "pages missing from the search index: [page 1]",
        "documents without their facts: [document 1]",
        "finished jobs without their document: [job 1]",
        "failed jobs without a reason: [job 2]",
        "verifications without their audit entry: [offer 1 / ipv6: 1 verified, 0 audited]",
        "share links without their audit entry: [share 1]");
  }
}
