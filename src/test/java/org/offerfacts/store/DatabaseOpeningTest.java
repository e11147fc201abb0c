package org.offerfacts.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database that cannot be opened says why at start, instead of failing on the first page. */
class DatabaseOpeningTest {

  @Test
  void an_unreachable_postgresql_server_is_reported_with_its_cause() {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    assertThatThrownBy(() -> Database.postgresql("jdbc:postgresql://127.0.0.1:1/offerfacts", "u", "p"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot open the database: ")
        .hasMessageContaining("Connection");
  }

  @Test
  void a_sqlite_file_under_a_file_instead_of_a_folder_is_reported(@TempDir Path dir) throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("data"), "not a folder");

    assertThatThrownBy(() -> Database.sqlite(notAFolder.resolve("offerfacts.db")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot create the data folder");
  }
}
