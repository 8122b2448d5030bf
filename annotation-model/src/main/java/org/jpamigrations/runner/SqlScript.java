package org.jpamigrations.runner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jpamigrations.dialect.LockTimeoutSql;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.LockWait;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.Operation;

/**
 * The SQL that upgrade or downgrade would run, as a script to read and run by hand: each migration's
 * statements followed by the history table row it adds or removes. Needs no database.
 */
public final class SqlScript {

  private SqlScript() {}

  /**
   * @param graph the migrations
   * @param dialect the database to write for
   * @param historyTable the history table's name
   * @param direction upgrade or downgrade
   * @param from the revision the database is at: exclusive start of an upgrade (default base), or the
   *     revision a downgrade starts from (default the head)
   * @param target the last revision an upgrade applies (default the head), or the revision a downgrade
   *     goes back to (default the parent of {@code from})
   * @param listener told of what the script leaves out (Java steps)
   * @return the script, one statement a line, each ending in a semicolon
   */
  public static String write(RevisionGraph graph, SqlDialect dialect, String historyTable, Direction direction,
      String from, String target, RunListener listener) {
    return write(graph, dialect, historyTable, direction, from, target, listener, Optional.empty());
  }

  /**
   * The script, with the lock timeout of each migration ({@code @LockTimeout}, else {@code runWide}) set before
   * its statements and reset after, as a run sets it; the script does not retry.
   */
  public static String write(RevisionGraph graph, SqlDialect dialect, String historyTable, Direction direction,
      String from, String target, RunListener listener, Optional<LockWait> runWide) {
    List<MigrationScript> scripts = direction == Direction.UP
        ? upgradeRange(graph, graph.resolve(from), graph.resolve(target))
        : downgradeRange(graph, graph.resolve(from), graph.resolve(target));
    MigrationScript.requireAllRunOn(scripts, dialect.key(), dialect.name(), "write the script");
    HistoryTable history = new HistoryTable(historyTable);
    String table = dialect.quote(history.name());
    List<String> out = new ArrayList<>();
    out.add("-- " + (direction == Direction.UP ? "Upgrade" : "Downgrade") + " for " + dialect.name()
        + ", written by JPA Migrations: " + (scripts.isEmpty() ? "nothing to run"
            : scripts.size() + (scripts.size() == 1 ? " migration" : " migrations")));
    if (direction == Direction.UP && isBase(graph.resolve(from)) && !scripts.isEmpty()) {
      out.add("");
      out.add("-- The history table, which records the applied migrations");
      for (String sql : dialect.render(new CreateTable(history.model()), Schema.EMPTY)) {
        out.add(ifNotExists(sql, dialect) + ";");
      }
    }
    for (MigrationScript script : scripts) {
      out.add("");
      out.add("-- " + (direction == Direction.UP ? "" : "Undo ") + script.label());
      if (direction == Direction.UP && script.contract()) {
        out.add("-- CONTRACT: it removes what the application version before it still uses. Run the statements from"
            + " here on only once no instance of that version runs.");
      }
      LockRetry retry = LockRetry.of(dialect, script, runWide, RunListener.NONE);
      // A script runs outside the run's transactions, so the session form, reset after the migration.
      LockTimeoutSql lockTimeout = retry.sql(false);
      if (lockTimeout.supported()) {
        LockWait wait = retry.lockWait().orElseThrow();
        out.add("-- Lock timeout " + wait.describe() + ": " + (direction == Direction.UP ? "upgrade" : "downgrade")
            + " retries up to " + wait.retries() + " times after a timeout, this script does not.");
        lockTimeout.set().forEach(sql -> out.add(sql + ";"));
      }
      for (String statement : statements(graph, script, direction, dialect, listener)) {
        out.add(statement);
      }
      if (direction == Direction.UP) {
        out.add("insert into " + table + " (revision, message, checksum, applied_at, execution_ms, applied_by)"
            + " values (" + literal(script.revision()) + ", " + literal(clip(script.message(), 500)) + ", "
            + literal(script.checksum()) + ", current_timestamp, 0, 'sql script');");
      } else {
        out.add("delete from " + table + " where revision = " + literal(script.revision()) + ";");
      }
      if (lockTimeout.supported() && lockTimeout.reset() != null) {
        out.add(lockTimeout.reset() + ";");
      }
    }
    return String.join("\n", out) + "\n";
  }

  private static List<MigrationScript> upgradeRange(RevisionGraph graph, String from, String target) {
    if (target != null && RevisionGraph.BASE.equals(target)) {
      throw new MigrationException("Cannot upgrade to " + RevisionGraph.BASE + ": it is the empty schema before"
          + " the first migration. Write the downgrade instead.");
    }
    String to = target != null ? target : graph.head().map(MigrationScript::revision).orElse(null);
    if (!isBase(from)) {
      graph.get(from);
      if (to == null || !graph.lineage(to).contains(from)) {
        throw new MigrationException("Cannot write the upgrade from " + from + " to " + to + ": " + to
            + " does not follow " + from + ". Choose a later target, or write the downgrade"
            + " instead.");
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
          + " is not a revision " + start + " follows. Choose an earlier target (or base), or write the"
          + " upgrade instead.");
    }
    List<MigrationScript> undo = new ArrayList<>(graph.between(isBase(to) ? null : to, start));
    Collections.reverse(undo);
    return undo;
  }

  /** The statements, each ending in a semicolon; Java steps become comments, with a warning. */
  private static List<String> statements(
      RevisionGraph graph, MigrationScript script, Direction direction, SqlDialect dialect, RunListener listener) {
    List<Operation> operations = direction == Direction.UP ? script.up() : script.down();
    List<String> out = new ArrayList<>();
    for (Step step : MigrationPlan.of(graph, dialect, script, direction, operations)) {
      if (step instanceof Step.Sql sql) {
        out.add(sql.sql() + ";");
      } else {
        out.add("-- NOT IN THIS SCRIPT: Java code, " + step.text() + ". Run it another way, or use"
            + " run " + (direction == Direction.UP ? "upgrade" : "downgrade") + " itself.");
        listener.warning("Migration " + script.label() + " runs Java code (" + step.text()
            + "), which a SQL script cannot hold: the script leaves it out.");
      }
    }
    return out;
  }

  private static String ifNotExists(String sql, SqlDialect dialect) {
    String lower = sql.toLowerCase(Locale.ROOT);
    if (lower.startsWith("create table ") && dialect.createTableIfNotExists()) {
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
