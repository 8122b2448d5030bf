package org.jpamigrations.runner;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Names;

/**
 * Records a revision and every revision it follows as applied without running them: to adopt a
 * database whose schema already exists (created by Hibernate, or by hand), so that upgrade goes on
 * from there.
 */
public final class Baseline {

  private final Connection connection;
  private final SqlDialect dialect;
  private final RevisionGraph graph;
  private final HistoryTable history;
  private final String database;

  /** @param database the database as messages name it */
  public Baseline(Connection connection, SqlDialect dialect, RevisionGraph graph, HistoryTable history,
      String database) {
    this.database = database;
    this.connection = connection;
    this.dialect = dialect;
    this.graph = graph;
    this.history = history;
  }

  /**
   * @param target the revision the schema already matches; {@code null} or {@code head} for the head
   * @param force stamp even a database without tables
   * @return the revision stamped, and the migrations recorded for it, oldest first (none when the
   *     database already records it)
   */
  public Stamped stamp(String target, boolean force) throws SQLException {
    String revision = resolve(target);
    AppliedState state = AppliedState.read(connection, history, graph);
    List<MigrationScript> lineage = state.graph().between(null, state.graph().resolve(revision));
    List<String> beyond = state.applied().stream()
        .filter(r -> lineage.stream().noneMatch(s -> s.revision().equals(r))).sorted().toList();
    if (!beyond.isEmpty()) {
      throw new MigrationException("Cannot stamp " + revision + ": the database already has "
          + String.join(", ", beyond) + " applied, which " + revision + " does not include. Stamp only moves"
          + " forward; downgrade first if the database really is at " + revision + ".");
    }
    if (!force && !hasTables(connection, history)) {
      throw new MigrationException("Refusing to stamp " + database + " at " + revision + ": it has no tables, so"
          + " recording migrations as applied would lie about it. Upgrade instead to create the schema, or force"
          + " the stamp (-Dmigrations.force=true, --force) if the tables live elsewhere.");
    }
    List<MigrationScript> toRecord = lineage.stream().filter(s -> !state.applied().contains(s.revision())).toList();
    if (!toRecord.isEmpty()) {
      history.ensure(connection, dialect);
      record(toRecord);
    }
    return new Stamped(revision, toRecord);
  }

  /** What a stamp did: the revision it stamped, resolved from the target, and the migrations it recorded. */
  public record Stamped(String revision, List<MigrationScript> recorded) {}

  private String resolve(String target) {
    String requested = graph.resolve(target);
    if (RevisionGraph.BASE.equals(requested)) {
      throw new MigrationException("Cannot stamp " + RevisionGraph.BASE + ": it means no migration applied."
          + " To forget the recorded migrations, delete the rows of the history table.");
    }
    String revision = requested != null ? requested : graph.head().map(MigrationScript::revision)
        .orElseThrow(() -> new MigrationException("Nothing to stamp: there are no migrations yet. Generate the"
            + " first one (mvn migrations:generate) before you stamp."));
    graph.get(revision);
    return revision;
  }

  /** Whether the connection's schema has a table other than the history table. */
  public static boolean hasTables(Connection connection, HistoryTable history) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    List<String> parts = Names.parts(history.name());
    String historyName = Names.bare(parts.get(parts.size() - 1)).toLowerCase(Locale.ROOT);
    try (ResultSet rows = metaData.getTables(connection.getCatalog(), schema(connection), "%",
        new String[] {"TABLE"})) {
      while (rows.next()) {
        if (!rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT).equals(historyName)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String schema(Connection connection) {
    try {
      return connection.getSchema();
    } catch (SQLException | AbstractMethodError e) {
      return null;
    }
  }

  /** All rows in one transaction: a failure records none. */
  private void record(List<MigrationScript> scripts) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      Instant now = Instant.now();
      for (MigrationScript script : scripts) {
        history.insert(connection, new AppliedRevision(script.revision(), script.message(), script.checksum(), now,
            0, System.getProperty("user.name")));
      }
      connection.commit();
    } catch (RuntimeException | SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
