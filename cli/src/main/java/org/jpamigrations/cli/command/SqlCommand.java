package org.jpamigrations.cli.command;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code migrations sql}: the script of an upgrade or downgrade, for a DBA; connects to nothing. */
@Command(name = "sql", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Prints the SQL an upgrade (or downgrade) runs, with the history rows it writes, as a script to"
        + " review and run by hand. Connects to no database.")
public final class SqlCommand extends ApplicationCommand {

  /** {@code jdbc:postgresql://...} names its database: {@code postgresql}. */
  private static final Pattern SUBPROTOCOL = Pattern.compile("jdbc:([a-z0-9]+):.*", Pattern.CASE_INSENSITIVE);

  /** Which way the script goes. */
  enum Way { UP, DOWN }

  @Option(names = "--dialect", order = 1,
      description = "The database to write for: h2, postgresql, mysql, mariadb, sqlserver, oracle, or a Hibernate"
          + " dialect class (env MIGRATIONS_DIALECT).")
  String dialect;

  @Option(names = "--url", paramLabel = "<jdbc-url>", order = 2,
      description = "Instead of --dialect: the database's JDBC URL, read only for its kind; nothing connects"
          + " (env MIGRATIONS_URL).")
  String url;

  @Option(names = "--direction", paramLabel = "<up|down>", order = 10, defaultValue = "up",
      description = "up (the default) for an upgrade's script, down for a downgrade's.")
  Way direction;

  @Option(names = "--from", paramLabel = "<revision|base|head>", order = 11,
      description = "The revision the database is at: base for up, the head for down by default.")
  String from;

  @Option(names = "--target", paramLabel = "<revision|head|base>", order = 12,
      description = "The revision to reach: the head for up, the parent of --from for down by default.")
  String target;

  @Option(names = "--output", paramLabel = "<file>", order = 13,
      description = "Write the script to this file instead of printing it.")
  Path output;

  @Override
  String command() {
    return "sql";
  }

  @Override
  void addOptions(Map<String, String> request) {
    request.put("database", database());
    request.put("direction", direction.name());
    put(request, "from", from);
    put(request, "target", target);
    put(request, "output", output == null ? null : output.toAbsolutePath().toString());
  }

  private String database() {
    if (dialect != null && !dialect.isBlank()) {
      return dialect.strip();
    }
    Matcher m = url == null ? null : SUBPROTOCOL.matcher(url.strip());
    if (m != null && m.matches()) {
      return m.group(1).toLowerCase(Locale.ROOT);
    }
    throw new ParameterException(spec.commandLine(), "Missing --dialect: give the database to write for, such as"
        + " postgresql (or --url, or set MIGRATIONS_DIALECT)");
  }
}
