package org.jpamigrations.dialect;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.Operation;

/**
 * SQL for one database. Type names, quoting and DDL syntax come from Hibernate's {@code Dialect},
 * so migrations create what Hibernate expects; this adds what Hibernate lacks (ALTER COLUMN,
 * renames, per-database quirks).
 */
public interface SqlDialect {

  /** Short name of the database, for messages: {@code H2}, {@code PostgreSQL}. */
  String name();

  /** The database's key, as {@code @Revision(databases)} and {@code migrations.dialect} name it: {@code postgresql}. */
  default String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
  }

  /** The statements that perform the operation, given the schema before it; no trailing semicolons. */
  List<String> render(Operation operation, Schema before);

  /** An identifier as this database must see it: quoted when the model name is {@code `quoted`}. */
  String quote(String name);

  /** The database's type name for a logical type, exactly as Hibernate's schema export writes it. */
  String typeName(ColumnType type);

  /** Whether DDL statements take part in transactions (and roll back with them). */
  boolean transactionalDdl();

  /** How concurrent runs on this database exclude each other. */
  default LockStyle lockStyle() {
    return LockStyle.TABLE_ROW;
  }

  /** Whether {@code create table if not exists} is understood, for scripts that may run twice. */
  default boolean createTableIfNotExists() {
    return false;
  }

  /** Whether column and index names compare without case even when quoted (MySQL, MariaDB). */
  default boolean namesIgnoreCase() {
    return false;
  }

  /**
   * What makes the session give up waiting for a table lock after {@code timeout}, so that a migration step never
   * queues long behind another transaction; {@link LockTimeoutSql#NONE} where the database has no such setting here.
   *
   * @param inTransaction whether the statements run inside the migration's transaction
   */
  default LockTimeoutSql lockTimeout(Duration timeout, boolean inTransaction) {
    return LockTimeoutSql.NONE;
  }

  /** Whether a statement failed because it gave up waiting for a lock, as {@link #lockTimeout} makes it. */
  default boolean isLockTimeout(SQLException e) {
    return false;
  }

  /** Where to find the transaction that holds a lock: {@code pg_stat_activity}, for a message. */
  default String lockHolders() {
    return "the database's list of sessions";
  }

  /**
   * A query of the estimated rows of each table in the current schema(s), read from the catalog's statistics and
   * so cheap on any table: columns schema, table and estimate (negative or null: unknown). Empty where this
   * database's statistics are not known here.
   */
  default Optional<String> rowEstimates() {
    return Optional.empty();
  }

  /** The kinds of migration lock a database offers. */
  enum LockStyle {
    /** A session-level advisory lock ({@code pg_advisory_lock}): released when the session ends. */
    ADVISORY,
    /** A named session lock ({@code GET_LOCK}): released when the session ends. */
    NAMED,
    /** A row in the history table, deleted when the run ends. */
    TABLE_ROW
  }

  /**
   * Whether the operation must run outside a transaction on this database, as PostgreSQL's
   * {@code create index concurrently} must: its migration then needs {@code @Revision(transactional = false)}.
   */
  default boolean outsideTransaction(Operation operation) {
    return false;
  }
}
