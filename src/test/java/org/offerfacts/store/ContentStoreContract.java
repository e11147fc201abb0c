package org.offerfacts.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerfacts.store.schema.Tables.CONTENT;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

abstract class ContentStoreContract extends StoreContract {
  ContentStore contents;

  ContentStoreContract(Database.Backend backend) {
    super(backend);
  }

  @Override
  protected void openStores() {
    contents = new ContentStore(db);
  }

  @Test
  void every_byte_value_comes_back_unchanged_under_its_sha256() {
    byte[] bytes = new byte[512];
    for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) i;

    String sha = contents.put(bytes, "application/pdf");

    assertThat(sha).isEqualTo(ContentStore.sha256(bytes)).hasSize(64).matches("[0-9a-f]+");
    assertThat(contents.bytes(sha)).hasValue(bytes);
    assertThat(contents.mediaType(sha)).hasValue("application/pdf");
  }

  @Test
  void the_same_bytes_are_stored_once_with_the_first_media_type() {
    byte[] bytes = "<html>offer</html>".getBytes(StandardCharsets.UTF_8);

    String first = contents.put(bytes, "text/html");
    String second = contents.put(bytes, "text/plain");

    assertThat(second).isEqualTo(first);
    assertThat(db.read().fetchCount(CONTENT)).isEqualTo(1);
    assertThat(contents.mediaType(first)).hasValue("text/html");
  }

  @Test
  void bytes_of_unknown_type_are_kept_as_octet_stream() {
    String sha = contents.put(new byte[] {0, 1, 2}, null);
    assertThat(contents.mediaType(sha)).hasValue("application/octet-stream");
    assertThat(db.read().select(CONTENT.SIZE_BYTES).from(CONTENT).fetchOne(CONTENT.SIZE_BYTES)).isEqualTo(3L);
  }

  @Test
  void an_empty_file_is_stored_and_read_back_as_empty_bytes() {
    String sha = contents.put(new byte[0], "text/plain");
    assertThat(contents.bytes(sha)).hasValueSatisfying(b -> assertThat(b).isEmpty());
  }

  @Test
  void unknown_content_is_absent() {
    String sha = ContentStore.sha256(new byte[] {42});
    assertThat(contents.bytes(sha)).isEmpty();
    assertThat(contents.mediaType(sha)).isEmpty();
  }
}
