package org.jpamigrations.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.history.Checksums;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.ExecuteJdbc;
import org.jpamigrations.operation.Operation;

/**
 * Applies and undoes migrations on a database, one transaction per migration, and keeps the
 * history table in step with what ran.
 */
public final class MigrationRunner {

  private static final int SUMMARY_LENGTH = 100;

  private final Connection connection;
  private final SqlDialect dialect;
  private final RevisionGraph graph;
  private final HistoryTable history;
  private final RunListener listener;
  private final Map<String, Integer> position = new HashMap<>();

  public MigrationRunner(
      Connection connection, SqlDialect dialect, RevisionGraph graph, HistoryTable history, RunListener listener) {
    this.connection = connection;
    this.dialect = dialect;
    this.graph = graph;
    this.history = history;
    this.listener = listener == null ? RunListener.NONE : listener;
    List<MigrationScript> ordered = graph.ordered();
    for (int i = 0; i < ordered.size(); i++) {
      position.put(ordered.get(i).revision(), i);
    }
  }

  /** The latest applied revision, or {@code null} when the database is at base. */
  public String current() {
    return latest(applied());
  }

  /**
   * Applies the migrations up to the target, in order, skipping those already applied.
   *
   * @param target a revision, or {@code null} for the head
   * @return the migrations applied; empty when the target was already reached
   */
  public List<StepResult> upgrade(String target) {
    if (RevisionGraph.BASE.equals(target)) {
      throw new MigrationException("Cannot upgrade to " + RevisionGraph.BASE
          + ": it is the empty schema before the first migration. To undo all migrations, downgrade to base.");
    }
    if (target != null) {
      graph.get(target);
    }
    Set<String> applied = applied();
    List<MigrationScript> pending = graph.between(null, target).stream()
        .filter(script -> !applied.contains(script.revision()))
        .toList();
    if (pending.isEmpty()) {
      return List.of();
    }
    history.ensure(connection, dialect);
    List<StepResult> results = new ArrayList<>();
    for (MigrationScript script : pending) {
      results.add(run(script, Direction.UP));
    }
    return results;
  }

  /**
   * Undoes applied migrations, latest first.
   *
   * @param target the applied revision to go back to, base to undo all, or {@code null} to undo the latest one
   * @return the migrations undone
   */
  public List<StepResult> downgrade(String target) {
    Set<String> applied = applied();
    List<MigrationScript> undo;
    if (target == null) {
      String latest = latest(applied);
      undo = latest == null ? List.of() : List.of(graph.get(latest));
    } else {
      Set<String> keep = new HashSet<>();
      if (!RevisionGraph.BASE.equals(target)) {
        graph.get(target);
        if (!applied.contains(target)) {
          throw new MigrationException("Cannot downgrade to revision " + target + ": it is not applied. "
              + "Choose an applied revision (" + (applied.isEmpty() ? "none" : String.join(", ", inOrder(applied)))
              + ") or " + RevisionGraph.BASE + ".");
        }
        keep = graph.lineage(target);
      }
      Set<String> kept = keep;
      undo = inOrder(applied).stream()
          .filter(revision -> !kept.contains(revision))
          .sorted(Comparator.comparing(position::get).reversed())
          .map(graph::get)
          .toList();
    }
    List<StepResult> results = new ArrayList<>();
    for (MigrationScript script : undo) {
      results.add(run(script, Direction.DOWN));
    }
    return results;
  }

  /**
   * Applied migrations whose operations changed since they ran (their checksum differs from the one
   * recorded): the database may not match what the migration classes now say.
   */
  public List<AppliedRevision> changedSinceApplied() {
    return appliedRows().stream()
        .filter(row -> row.checksum() != null && !row.checksum().equals(graph.get(row.revision()).checksum()))
        .toList();
  }

  /** The applied revisions. */
  private Set<String> applied() {
    Set<String> applied = new HashSet<>();
    appliedRows().forEach(row -> applied.add(row.revision()));
    return applied;
  }

  /** The history rows; each revision must be declared by a migration class. */
  private List<AppliedRevision> appliedRows() {
    List<AppliedRevision> rows = history.applied(connection);
    List<String> unknown = rows.stream().map(AppliedRevision::revision).filter(r -> !graph.contains(r)).toList();
    if (unknown.size() == 1) {
      throw new MigrationException("The database has revision " + unknown.get(0)
          + " applied, which no migration class declares. Restore the migration class with that id, or, if it was"
          + " removed on purpose, delete its row from table " + history.name() + ".");
    }
    if (!unknown.isEmpty()) {
      throw new MigrationException("The database has revisions " + String.join(", ", unknown)
          + " applied, which no migration class declares. Restore the migration classes with those ids, or, if"
          + " they were removed on purpose, delete their rows from table " + history.name() + ".");
    }
    return rows;
  }

  private String latest(Set<String> applied) {
    return applied.stream().max(Comparator.comparing(position::get)).orElse(null);
  }

  private List<String> inOrder(Set<String> revisions) {
    return revisions.stream().sorted(Comparator.comparing(position::get)).toList();
  }

  private StepResult run(MigrationScript script, Direction direction) {
    List<Operation> operations = direction == Direction.UP ? script.up() : script.down();
    List<Step> steps = plan(script, direction, operations);
    long start = System.nanoTime();
    int done = 0;
    boolean autoCommit = autoCommit();
    try {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        for (Step step : steps) {
          done++;
          if (step instanceof Step.Sql sql) {
            listener.statement(sql.sql());
            statement.execute(sql.sql());
          } else if (step instanceof Step.Work work) {
            work.operation().work().run(connection);
          }
        }
      }
      done++;
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (direction == Direction.UP) {
        history.insert(connection, new AppliedRevision(script.revision(), script.message(),
            Checksums.of(operations), Instant.now(), millis, System.getProperty("user.name")));
      } else {
        history.delete(connection, script.revision());
      }
      connection.commit();
      StepResult result = new StepResult(script.revision(), script.message(), direction, millis, steps.size(),
          summary(operations, steps.size()));
      listener.finished(result);
      return result;
    } catch (SQLException | RuntimeException e) {
      rollback(e);
      throw failure(script, direction, steps, done, e);
    } finally {
      restoreAutoCommit(autoCommit);
    }
  }

  /** Renders every operation before anything runs, tracking the schema each one starts from. */
  private List<Step> plan(MigrationScript script, Direction direction, List<Operation> operations) {
    Schema schema = direction == Direction.UP ? graph.schemaBefore(script.revision()) : graph.schemaAt(script.revision());
    List<Step> steps = new ArrayList<>();
    for (Operation operation : operations) {
      if (operation instanceof ExecuteJdbc jdbc) {
        steps.add(new Step.Work(jdbc));
      } else {
        try {
          dialect.render(operation, schema).forEach(sql -> steps.add(new Step.Sql(sql)));
        } catch (MigrationException e) {
          throw e;
        } catch (RuntimeException e) {
          throw new MigrationException("Cannot write SQL for " + dialect.name() + " to " + operation.describe()
              + " in migration " + script.label() + ": " + e.getMessage()
              + ". Change the operation, or use op.sql(...) with SQL written by hand.", e);
        }
      }
      schema = direction == Direction.UP
          ? RevisionGraph.apply(script, List.of(operation), schema)
          : applyDown(script, operation, schema);
    }
    return steps;
  }

  private static Schema applyDown(MigrationScript script, Operation operation, Schema schema) {
    if (!operation.changesSchema()) {
      return schema;
    }
    try {
      return operation.apply(schema);
    } catch (IllegalArgumentException e) {
      throw new MigrationException("Migration " + script.label() + " cannot be undone: in down(), " + operation.describe() + " does not fit the schema its up() leaves: "
          + e.getMessage() + ". Fix down() so that it undoes up().", e);
    }
  }

  private MigrationException failure(
      MigrationScript script, Direction direction, List<Step> steps, int failedAt, Exception e) {
    // The history table wraps the database's error; the database's own words are what helps.
    Throwable source = e instanceof MigrationException && e.getCause() instanceof SQLException ? e.getCause() : e;
    String cause = source.getMessage() != null ? source.getMessage() : source.toString();
    int total = steps.size();
    StringBuilder message = new StringBuilder(direction == Direction.UP ? "Migration " : "Undoing migration ")
        .append(script.label());
    if (failedAt == 0) {
      message.append(" failed before its first statement");
    } else if (failedAt <= total) {
      message.append(" failed at statement ").append(failedAt).append(" of ").append(total).append(": ")
          .append(steps.get(failedAt - 1).text());
    } else {
      message.append(" ran its ").append(total).append(total == 1 ? " statement" : " statements")
          .append(" but could not be recorded in table ").append(history.name());
    }
    message.append("\n  ").append(cause.strip()).append(cause.strip().endsWith(".") ? " " : ". ");
    message.append(direction == Direction.UP
        ? "Nothing of this migration was recorded; "
        : "It is still recorded as applied; ");
    int tookEffect = Math.max(0, failedAt - 1);
    if (dialect.transactionalDdl()) {
      message.append("its changes were rolled back");
    } else if (tookEffect == 0) {
      message.append("no statement of it had taken effect");
    } else {
      message.append(dialect.name()).append(" commits schema changes as they run: whatever of ")
          .append(tookEffect == 1 ? "statement 1" : "statements 1.." + tookEffect)
          .append(" changed the schema took effect and must be undone by hand (data changes were rolled back)");
    }
    message.append(direction == Direction.UP
        ? ". Earlier migrations stay applied."
        : ". Migrations undone before it stay undone.");
    return new MigrationException(message.toString(), e);
  }

  private static String summary(List<Operation> operations, int statements) {
    String text = statements + (statements == 1 ? " statement" : " statements");
    if (operations.isEmpty()) {
      return text;
    }
    String described = operations.stream().map(Operation::describe).collect(Collectors.joining(", "));
    if (described.length() > SUMMARY_LENGTH) {
      described = described.substring(0, SUMMARY_LENGTH - 3) + "...";
    }
    return text + ": " + described;
  }

  private boolean autoCommit() {
    try {
      return connection.getAutoCommit();
    } catch (SQLException e) {
      throw new MigrationException("Cannot use the database connection: " + e.getMessage()
          + ". Check that the database is reachable.", e);
    }
  }

  private void rollback(Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private void restoreAutoCommit(boolean autoCommit) {
    try {
      connection.setAutoCommit(autoCommit);
    } catch (SQLException ignored) {
      // The run's own outcome matters more than the connection's mode afterwards.
    }
  }
}
