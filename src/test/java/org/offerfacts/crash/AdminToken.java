package org.offerfacts.crash;

import java.nio.file.Path;
import org.offerfacts.accounts.Role;
import org.offerfacts.accounts.User;
import org.offerfacts.app.App;
import org.offerfacts.app.AppConfig;

/** An admin and their API token in a new data folder, made before the server process first opens it. */
public final class AdminToken {
  private AdminToken() {}

  public static String create(Path data) {
    try (App app = App.open(AppConfig.forData(data))) {
      User admin = app.accounts.users.create("admin@crash.example", Role.ADMIN, "correct horse battery", false);
      return app.accounts.tokens.create(admin.id(), "crash and load tests");
    }
  }
}
