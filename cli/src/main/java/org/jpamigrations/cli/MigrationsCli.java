package org.jpamigrations.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import org.jpamigrations.cli.command.DowngradeCommand;
import org.jpamigrations.cli.command.RepairCommand;
import org.jpamigrations.cli.command.SqlCommand;
import org.jpamigrations.cli.command.StampCommand;
import org.jpamigrations.cli.command.StatusCommand;
import org.jpamigrations.cli.command.UpgradeCommand;
import org.jpamigrations.cli.command.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code migrations} command: its subcommands, and how failures become one line and an exit code. */
@Command(
    name = "migrations",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = "Applies an application's JPA migrations to a database, with the application's own migration"
        + " classes, runtime, Hibernate and JDBC driver (--classpath).",
    subcommands = {UpgradeCommand.class, DowngradeCommand.class, StatusCommand.class, ValidateCommand.class,
        StampCommand.class, RepairCommand.class, SqlCommand.class, CommandLine.HelpCommand.class})
public final class MigrationsCli implements Runnable {

  private final Map<String, String> environment;

  @Spec
  private CommandSpec spec;

  MigrationsCli(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** The process environment, or the one a test gives: passwords and option defaults come from it. */
  public Map<String, String> environment() {
    return environment;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: give one of upgrade, downgrade, status,"
        + " validate, stamp, repair or sql");
  }

  /** Runs one command line and returns the exit code; all output goes to {@code out} and {@code err}. */
  public static int execute(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new MigrationsCli(environment));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setDefaultValueProvider(new EnvironmentDefaults(environment));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(Failures::usage);
    cli.setExecutionExceptionHandler(Failures::execution);
    exitCodeHelp(cli);
    return cli.execute(args);
  }

  private static void exitCodeHelp(CommandLine cli) {
    cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.described());
    cli.getSubcommands().values().forEach(MigrationsCli::exitCodeHelp);
  }
}
