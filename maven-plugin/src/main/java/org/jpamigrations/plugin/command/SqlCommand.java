package org.jpamigrations.plugin.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.graph.MigrationLoader;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.runner.Direction;
import org.jpamigrations.runner.MigrationPlan;
import org.jpamigrations.runner.Step;

/**
 * The SQL that upgrade or downgrade would run, as a script to read and run by hand: each migration's
 * statements followed by the history table row it adds or removes. Needs no database.
 */
public final class SqlCommand {

  private static final Set<String> CREATE_IF_NOT_EXISTS = Set.of("h2", "postgresql", "mysql", "mariadb");

  /**
   * @param packageName the migrations package
   * @param classLoader the project's class loader (the compiled migrations)
   * @param dialect the database to write for
   * @param historyTable the history table's name
   * @param direction upgrade or downgrade
   * @param from the revision the database is at: exclusive start of an upgrade (default base), or the
   *     revision a downgrade starts from (default the head)
   * @param target the last revision an upgrade applies (default the head), or the revision a
   *     downgrade goes back to (default the parent of {@code from})
   * @param output a file to write the script to as well, or {@code null}
   */
  public record Request(String packageName, ClassLoader classLoader, SqlDialect dialect, String historyTable,
      Direction direction, String from, String target, Path output) {}

  /** Returns the script. */
  public String run(Request request, Reporter reporter) {
    RevisionGraph graph = RevisionGraph.of(MigrationLoader.loadRequired(request.classLoader(), request.packageName()));
    List<MigrationScript> scripts = request.direction() == Direction.UP
        ? upgradeRange(graph, graph.resolve(request.from()), graph.resolve(request.target()))
        : downgradeRange(graph, graph.resolve(request.from()), graph.resolve(request.target()));
    SqlDialect dialect = request.dialect();
    MigrationScript.requireAllRunOn(scripts, dialect.key(), dialect.name(), "write the script");
    HistoryTable history = new HistoryTable(request.historyTable());
    String table = dialect.quote(history.name());
    List<String> out = new ArrayList<>();
    out.add("-- " + (request.direction() == Direction.UP ? "Upgrade" : "Downgrade") + " for " + dialect.name()
        + ", written by migrations:sql: " + (scripts.isEmpty() ? "nothing to run"
            : scripts.size() + (scripts.size() == 1 ? " migration" : " migrations")));
    if (request.direction() == Direction.UP && isBase(graph.resolve(request.from())) && !scripts.isEmpty()) {
      out.add("");
      out.add("-- The history table, which records the applied migrations");
      for (String sql : dialect.render(new CreateTable(history.model()), Schema.EMPTY)) {
        out.add(ifNotExists(sql, dialect) + ";");
      }
    }
    for (MigrationScript script : scripts) {
      out.add("");
      out.add("-- " + (request.direction() == Direction.UP ? "" : "Undo ") + script.label());
      for (String statement : statements(graph, script, request.direction(), dialect, reporter)) {
        out.add(statement);
      }
      if (request.direction() == Direction.UP) {
        out.add("insert into " + table + " (revision, message, checksum, applied_at, execution_ms, applied_by)"
            + " values (" + literal(script.revision()) + ", " + literal(clip(script.message(), 500)) + ", "
            + literal(script.checksum()) + ", current_timestamp, 0, 'migrations:sql');");
      } else {
        out.add("delete from " + table + " where revision = " + literal(script.revision()) + ";");
      }
    }
    String text = String.join("\n", out) + "\n";
    out.forEach(reporter::info);
    if (request.output() != null) {
      try {
        Path parent = request.output().toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(request.output(), text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new MigrationException("Cannot write the SQL script to " + request.output() + ": " + e.getMessage()
            + ". Choose a writable migrations.output.", e);
      }
      reporter.info("Wrote the script to " + request.output());
    }
    return text;
  }

  private static List<MigrationScript> upgradeRange(RevisionGraph graph, String from, String target) {
    if (target != null && RevisionGraph.BASE.equals(target)) {
      throw new MigrationException("Cannot upgrade to " + RevisionGraph.BASE + ": it is the empty schema before"
          + " the first migration. Use -Dmigrations.direction=down to write the downgrade.");
    }
    String to = target != null ? target : graph.head().map(MigrationScript::revision).orElse(null);
    if (!isBase(from)) {
      graph.get(from);
      if (to == null || !graph.lineage(to).contains(from)) {
        throw new MigrationException("Cannot write the upgrade from " + from + " to " + to + ": " + to
            + " does not follow " + from + ". Choose a later migrations.target, or write the downgrade with"
            + " -Dmigrations.direction=down.");
      }
    }
    return graph.between(isBase(from) ? null : from, to);
  }

  private static List<MigrationScript> downgradeRange(RevisionGraph graph, String from, String target) {
    String start = from != null ? from : graph.head().map(MigrationScript::revision).orElse(null);
    if (isBase(start)) {
      return List.of();
    }
    MigrationScript first = graph.get(start);
    String to = target != null ? target
        : first.parents().size() == 1 ? first.parents().get(0) : RevisionGraph.BASE;
    if (!isBase(to) && !graph.lineage(start).contains(to)) {
      throw new MigrationException("Cannot write the downgrade from " + start + " to " + to + ": " + to
          + " is not a revision " + start + " follows. Choose an earlier migrations.target (or base), or write the"
          + " upgrade without -Dmigrations.direction=down.");
    }
    List<MigrationScript> undo = new ArrayList<>(graph.between(isBase(to) ? null : to, start));
    Collections.reverse(undo);
    return undo;
  }

  /** The statements, each ending in a semicolon; Java steps become comments, with a warning. */
  private static List<String> statements(
      RevisionGraph graph, MigrationScript script, Direction direction, SqlDialect dialect, Reporter reporter) {
    List<Operation> operations = direction == Direction.UP ? script.up() : script.down();
    List<String> out = new ArrayList<>();
    for (Step step : MigrationPlan.of(graph, dialect, script, direction, operations)) {
      if (step instanceof Step.Sql sql) {
        out.add(sql.sql() + ";");
      } else {
        out.add("-- NOT IN THIS SCRIPT: Java code, " + step.text() + ". Run it another way, or use"
            + " mvn migrations:" + (direction == Direction.UP ? "upgrade" : "downgrade") + ".");
        reporter.warn("Migration " + script.label() + " runs Java code (" + step.text()
            + "), which a SQL script cannot hold: the script leaves it out.");
      }
    }
    return out;
  }

  private static String ifNotExists(String sql, SqlDialect dialect) {
    String lower = sql.toLowerCase(Locale.ROOT);
    if (lower.startsWith("create table ") && CREATE_IF_NOT_EXISTS.stream().anyMatch(dialect.name().toLowerCase(Locale.ROOT)::contains)) {
      return sql.substring(0, "create table ".length()) + "if not exists " + sql.substring("create table ".length());
    }
    return sql;
  }

  private static boolean isBase(String revision) {
    return revision == null || RevisionGraph.BASE.equals(revision);
  }

  private static String literal(String text) {
    return text == null ? "null" : "'" + text.replace("'", "''") + "'";
  }

  private static String clip(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }
}
