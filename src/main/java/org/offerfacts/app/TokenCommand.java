package org.offerfacts.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.offerfacts.accounts.Accounts;
import org.offerfacts.accounts.User;
import org.offerfacts.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code token create}: an API token for a user, printed once, from the server's own data. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Manages API tokens.",
    subcommands = TokenCommand.Create.class)
public final class TokenCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Prints a new API token for the user with this e-mail (send it as 'Authorization: Bearer <token>').")
  static final class Create implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "${env:OFFERFACTS_DATA:-data}", description = "Data folder (default ./${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--database-url", defaultValue = "${env:OFFERFACTS_DATABASE_URL}", description = "PostgreSQL JDBC URL instead of SQLite.")
    String databaseUrl;

    @Option(names = "--email", required = true, description = "The user the token acts for.")
    String email;

    @Option(names = "--name", defaultValue = "command line", description = "A name to recognise the token by. Default: ${DEFAULT-VALUE}.")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Database db = databaseUrl == null || databaseUrl.isBlank()
          ? Database.sqlite(data.resolve("offerfacts.db"))
          : Database.postgresql(databaseUrl, System.getenv("OFFERFACTS_DATABASE_USER"), System.getenv("OFFERFACTS_DATABASE_PASSWORD"))) {
        Accounts accounts = new Accounts(db);
        User user = accounts.users.findByEmail(email).orElse(null);
        if (user == null || user.disabled()) {
          spec.commandLine().getErr().println("no active user with the e-mail " + email);
          return 2;
        }
        String token = accounts.tokens.create(user.id(), name);
        accounts.audit.record(user.id(), "token.create", user.email(), name + " (command line)");
        spec.commandLine().getOut().println(token);
        spec.commandLine().getOut().flush();
        return 0;
      }
    }
  }
}
