package org.offerfacts.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What must hold in a data folder however the server stopped: SQLite finds its file sound, and
 * no change is there in part. Each check is a query for the rows that break it, so a failure
 * names them. Run it on a stopped server's folder.
 */
public final class DataDirCheck {
  /** The SQLite file, its write-ahead log and its shared-memory index: nothing else belongs in the folder. */
  private static final Set<String> DATA_FILES = Set.of("offerfacts.db", "offerfacts.db-wal", "offerfacts.db-shm");

  private static final List<Check> CHECKS = List.of(
      new Check("SQLite's integrity check", "SELECT * FROM pragma_integrity_check WHERE integrity_check <> 'ok'"),
      new Check("rows pointing at nothing", "SELECT \"table\" || ' rowid ' || rowid FROM pragma_foreign_key_check"),
      new Check("the journal mode is not WAL", "SELECT journal_mode FROM pragma_journal_mode WHERE journal_mode <> 'wal'"),
      new Check("documents without all their pages", """
          SELECT 'document ' || d.id FROM document d
          WHERE d.pages <> (SELECT count(*) FROM document_page p WHERE p.document_id = d.id)"""),
      new Check("pages missing from the search index",
          "SELECT 'page ' || p.id FROM document_page p WHERE p.id NOT IN (SELECT rowid FROM page_search)"),
      // Every PDF these tests upload states IPv6, so a document of theirs without facts lost them.
      new Check("documents without their facts", """
          SELECT 'document ' || d.id FROM document d
          WHERE NOT EXISTS (SELECT 1 FROM fact f WHERE f.document_id = d.id)"""),
      new Check("finished jobs without their document",
          "SELECT 'job ' || id FROM job WHERE state = 'done' AND document_id IS NULL"),
      new Check("failed jobs without a reason",
          "SELECT 'job ' || id FROM job WHERE state = 'failed' AND coalesce(error, '') = ''"),
      new Check("verifications without their audit entry", """
          SELECT target || ': ' || facts || ' verified, ' || coalesce(audited, 0) || ' audited' FROM (
            SELECT 'offer ' || offer_id || ' / ' || attribute AS target, count(*) AS facts
            FROM fact WHERE status = 'verified' GROUP BY 1)
          LEFT JOIN (SELECT target AS t, count(*) AS audited FROM audit_log WHERE action = 'fact.verify' GROUP BY 1)
            ON t = target
          WHERE coalesce(audited, 0) <> facts"""),
      new Check("share links without their audit entry", """
          SELECT 'share ' || s.id FROM share_link s WHERE NOT EXISTS (
            SELECT 1 FROM audit_log a WHERE a.action = 'share.create' AND a.target = 'share ' || s.id)"""));

  private record Check(String name, String offendingRows) {}

  private DataDirCheck() {}

  /** Every broken promise, each with the rows or files that break it; empty when all hold. */
  public static List<String> problems(Path data) throws SQLException, IOException {
    List<String> problems = new ArrayList<>(strayFiles(data));
    try (Connection db = open(data)) {
      for (Check check : CHECKS) {
        List<String> rows = column(db, check.offendingRows());
        if (!rows.isEmpty()) problems.add(check.name() + ": " + rows);
      }
    }
    return problems;
  }

  /** The first column of a query's rows, as text. */
  public static List<String> query(Path data, String sql) throws SQLException {
    try (Connection db = open(data)) {
      return column(db, sql);
    }
  }

  private static List<String> strayFiles(Path data) throws IOException {
    try (Stream<Path> files = Files.list(data)) {
      return files.map(f -> f.getFileName().toString()).filter(name -> !DATA_FILES.contains(name))
          .map(name -> "a file that is not the database's: " + name).toList();
    }
  }

  private static Connection open(Path data) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + data.resolve("offerfacts.db").toAbsolutePath());
  }

  private static List<String> column(Connection db, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) values.add(rows.getString(1));
    }
    return values;
  }
}
