package org.offerfacts;

import java.util.OptionalInt;
import org.offerfacts.app.ServeCommand;
import org.offerfacts.app.TokenCommand;
import org.offerfacts.bench.BenchCommand;
import org.offerfacts.bench.WebBenchCommand;
import org.offerfacts.daemon.DaemonClient;
import org.offerfacts.evaluate.EvaluateCommand;
import org.offerfacts.extract.ExtractCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The offerfacts command line: one JVM, several commands. */
@Command(
    name = "offerfacts",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns suppliers' offer documents into sourced technical facts.",
    subcommands = {ServeCommand.class, ExtractCommand.class, EvaluateCommand.class, BenchCommand.class,
        WebBenchCommand.class, TokenCommand.class, org.offerfacts.reply.MatchReplyCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // Before picocli and the rest are loaded: a run the extraction daemon takes needs none of them.
    OptionalInt answered = DaemonClient.run(args);
    if (answered.isPresent()) System.exit(answered.getAsInt());
    int code = run(args);
    DaemonClient.startForNextRuns(args);
    System.exit(code);
  }

  /** Runs a command line and returns its exit code. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The command line, for callers (and tests) that route its output elsewhere. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"offerfacts " + (version == null ? "development build" : version)};
    }
  }
}
