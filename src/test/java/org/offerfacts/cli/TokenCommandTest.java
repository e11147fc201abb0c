package org.offerfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerfacts.accounts.Accounts;
import org.offerfacts.accounts.Role;
import org.offerfacts.store.Database;

class TokenCommandTest {
  @TempDir Path data;

  @Test
  void printsATokenThatAuthenticatesAsTheUser() {
    try (Database db = Database.sqlite(data.resolve("offerfacts.db"))) {
      new Accounts(db).users.create("tech@example.org", Role.TECHNICIAN, "a long enough password", false);
    }
    CommandRun run = CommandRun.of("token", "create", "--data", data.toString(), "--email", "tech@example.org");
    assertThat(run.exitCode()).isZero();
    String token = run.out().strip();
    assertThat(token).startsWith("oft_");
    try (Database db = Database.sqlite(data.resolve("offerfacts.db"))) {
      assertThat(new Accounts(db).tokens.authenticate(token)).hasValueSatisfying(u -> assertThat(u.email()).isEqualTo("tech@example.org"));
    }
  }

  @Test
  void anUnknownUserGetsNoTokenAndExitCode2() {
    CommandRun run = CommandRun.of("token", "create", "--data", data.toString(), "--email", "nobody@example.org");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no active user");
  }
}
