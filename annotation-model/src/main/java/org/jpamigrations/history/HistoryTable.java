package org.jpamigrations.history;

import java.sql.Connection;
import java.util.List;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.model.Table;

/**
 * The table that records which migrations a database has applied. Its name follows the model's
 * conventions: {@code `name`} is quoted, and it may be qualified by a schema ({@code app.history}).
 *
 * <p>Besides applied migrations it holds a row per migration that failed half-way on a database that
 * commits DDL as it runs ({@code status} FAILED or UNDO_FAILED, with the statement it failed at), and,
 * while a run holds it, the lock row of {@link #tryLock} (status LOCK) on databases without a lock
 * function. Tables made by older versions, without the status columns, get them from {@link #ensure}.
 *
 * <p>The work is shared out: {@link HistoryDefinition} owns the table itself, {@link HistoryRows} its
 * rows, {@link LockRow} the lock row.
 */
public final class HistoryTable {

  public static final String DEFAULT_NAME = "jpa_migrations_history";

  /** The revision id of the lock row. */
  public static final String LOCK_ROW = LockRow.REVISION;

  private final String name;
  private final HistoryDefinition definition;
  private final HistoryRows rows;
  private final LockRow lockRow;

  public HistoryTable(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("The history table must have a name");
    }
    this.name = name;
    TableSql table = new TableSql(name);
    this.definition = new HistoryDefinition(table);
    this.rows = new HistoryRows(table, definition);
    this.lockRow = new LockRow(table, rows);
  }

  /** The table {@value #DEFAULT_NAME}. */
  public HistoryTable() {
    this(DEFAULT_NAME);
  }

  public String name() {
    return name;
  }

  /** The table as the model describes it; the dialect gives each column its database's type. */
  public Table model() {
    return definition.model();
  }

  /**
   * Creates the table unless it exists, and adds the columns an older version's table lacks;
   * commits when the connection is not in auto-commit mode. Another run creating the table at the
   * same moment is no error.
   */
  public void ensure(Connection connection, SqlDialect dialect) {
    definition.ensure(connection, dialect);
  }

  /** Whether the table has every column of this version's, so that {@link #ensure} would change nothing. */
  public boolean current(Connection connection) {
    return definition.hasStatusColumns(connection);
  }

  /** Whether the table exists, looked up in the connection's schema (or the one its name gives). */
  public boolean exists(Connection connection) {
    return definition.exists(connection);
  }

  /** The applied revisions, oldest first; empty when the table does not exist yet. */
  public List<AppliedRevision> applied(Connection connection) {
    return rows(connection).stream().filter(row -> !row.failed()).toList();
  }

  /** The migrations that failed half-way and wait for {@code migrations:repair}, oldest first. */
  public List<AppliedRevision> failed(Connection connection) {
    return rows(connection).stream().filter(AppliedRevision::failed).toList();
  }

  /** Every row but the lock row, oldest first; empty when the table does not exist yet. */
  public List<AppliedRevision> rows(Connection connection) {
    return rows.read(connection);
  }

  /** Records an applied (or failed) revision, in the connection's current transaction. */
  public void insert(Connection connection, AppliedRevision row) {
    rows.insert(connection, row);
  }

  /** Inserts the rows together, in the connection's current transaction. */
  public void insertAll(Connection connection, List<AppliedRevision> applied) {
    rows.insertAll(connection, applied);
  }

  /**
   * Marks an applied revision as half-way undone: its {@code down()} failed at {@code step}. In the
   * connection's current transaction.
   */
  public void markUndoFailed(Connection connection, String revision, int step, String failure) {
    rows.updateStatus(connection, revision, AppliedRevision.Status.UNDO_FAILED, step, failure);
  }

  /** Marks a revision applied again, clearing what a failed undo recorded. */
  public void markApplied(Connection connection, String revision) {
    rows.updateStatus(connection, revision, AppliedRevision.Status.APPLIED, null, null);
  }

  /** Stores a new checksum for an applied revision, in the connection's current transaction. */
  public void updateChecksum(Connection connection, String revision, String checksum) {
    rows.updateChecksum(connection, revision, checksum);
  }

  /** Removes a revision's row, in the connection's current transaction. */
  public void delete(Connection connection, String revision) {
    rows.delete(connection, revision);
  }

  /**
   * Takes the lock row, committing at once; {@code false} when another run holds it. For databases
   * without a lock function.
   *
   * @param owner who takes it, for the message another run shows while waiting
   */
  public boolean tryLock(Connection connection, String owner) {
    return lockRow.tryLock(connection, owner);
  }

  /** The lock row: its message says who holds it, {@code appliedAt} since when; {@code null} when free. */
  public AppliedRevision lockHolder(Connection connection) {
    return lockRow.holder(connection);
  }

  /** Removes the lock row, committing at once. */
  public void unlock(Connection connection) {
    lockRow.unlock(connection);
  }

  /** The statement that frees a lock left by a run that died, for messages. */
  public String unlockSql() {
    return lockRow.unlockSql();
  }
}
