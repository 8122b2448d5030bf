package org.jpamigrations.dialect;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.dialect.OracleDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.dialect.SQLServerDialect;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.ReferentialAction;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.Table;
import org.jpamigrations.model.UniqueConstraint;
import org.jpamigrations.operation.Operation;

/**
 * What one database family needs beyond Hibernate's dialect: the DDL Hibernate has no API for.
 * The defaults are standard SQL (as PostgreSQL takes it); each family overrides only its quirks.
 */
sealed interface Vendor permits H2Vendor, PostgreSqlVendor, MySqlVendor, SqlServerVendor, OracleVendor, StandardVendor {

  /** One vendor of each family, for questions asked before any database is known. */
  List<Vendor> ALL = List.of(new H2Vendor(), new PostgreSqlVendor(), new MySqlVendor("MySQL"),
      new MySqlVendor("MariaDB"), new SqlServerVendor(), new OracleVendor());

  /** The family of a Hibernate dialect; dialects of other databases get standard SQL. */
  static Vendor of(Dialect dialect) {
    if (dialect instanceof H2Dialect) {
      return new H2Vendor();
    } else if (dialect instanceof PostgreSQLDialect) {
      return new PostgreSqlVendor();
    } else if (dialect instanceof MariaDBDialect) {
      return new MySqlVendor("MariaDB");
    } else if (dialect instanceof MySQLDialect) {
      return new MySqlVendor("MySQL");
    } else if (dialect instanceof SQLServerDialect) {
      return new SqlServerVendor();
    } else if (dialect instanceof OracleDialect) {
      return new OracleVendor();
    }
    return new StandardVendor(dialect.getClass().getSimpleName().replaceFirst("Dialect$", ""));
  }

  /** Short database name for messages. */
  String name();

  /** Whether DDL statements roll back with the transaction. */
  boolean transactionalDdl();

  default SqlDialect.LockStyle lockStyle() {
    return SqlDialect.LockStyle.TABLE_ROW;
  }

  default boolean createTableIfNotExists() {
    return false;
  }

  default boolean namesIgnoreCase() {
    return false;
  }

  /** Creates the schema unless it exists: one made by hand is fine. */
  default List<String> createSchema(HibernateSqlDialect sql, String name) {
    return List.of("create schema if not exists " + sql.quote(name));
  }

  /** Plain {@code drop schema}, which fails unless the schema is empty: never with what is in it. */
  default List<String> dropSchema(HibernateSqlDialect sql, String name) {
    return List.of("drop schema " + sql.quote(name));
  }

  /**
   * Changes column {@code from} into {@code to} (same name), emitting only what differs. Identity goes
   * first when it is dropped and last when it is added, so that it never meets a default.
   */
  default List<String> alterColumn(HibernateSqlDialect sql, String table, Column from, Column to) {
    requireSameGeneration(table, from, to);
    List<String> statements = new ArrayList<>();
    String column = sql.quote(to.name());
    String alter = sql.alterTable(table) + " ";
    if (from.identity() && !to.identity()) {
      statements.addAll(dropIdentity(sql, table, to));
    }
    if (!sql.typeName(from.type()).equals(sql.typeName(to.type()))) {
      statements.add(alter + sql.hibernateDialect()
          .getAlterColumnTypeString(column, sql.typeName(to.type()), sql.columnDefinition(to))
          + typeConversion(sql, from, to));
    }
    if (from.nullable() != to.nullable()) {
      statements.add(alter + "alter column " + column + (to.nullable() ? " drop not null" : " set not null"));
    }
    if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
      statements.add(alter + "alter column " + column
          + (to.defaultValue() == null ? " drop default" : " set default " + to.defaultValue()));
    }
    if (!from.identity() && to.identity()) {
      statements.addAll(addIdentity(sql, table, to));
    }
    if (!Objects.equals(from.comment(), to.comment())) {
      statements.addAll(sql.commentOnColumn(table, to));
    }
    return statements;
  }

  /**
   * Makes an existing NOT NULL column an identity column whose next value follows the highest one the
   * table holds. Most databases cannot.
   */
  default List<String> addIdentity(HibernateSqlDialect sql, String table, Column column) {
    throw cannotSwitchIdentity(table, column);
  }

  /** Makes an identity column a plain one; its values stay. */
  default List<String> dropIdentity(HibernateSqlDialect sql, String table, Column column) {
    throw cannotSwitchIdentity(table, column);
  }

  /** {@code alter sequence} for what changes; {@code start with} records the start without a restart. */
  default List<String> alterSequence(HibernateSqlDialect sql, Sequence from, Sequence to) {
    List<String> statements = new ArrayList<>();
    if (from.increment() != to.increment()) {
      statements.add("alter sequence " + sql.quote(to.name()) + " increment by " + to.increment());
    }
    if (from.start() != to.start() && altersSequenceStart()) {
      statements.add("alter sequence " + sql.quote(to.name()) + " start with " + to.start());
    }
    return statements;
  }

  /** Whether {@code alter sequence} can change the start without restarting the sequence. */
  default boolean altersSequenceStart() {
    return true;
  }

  /** What follows a change of type to convert the values, where the database needs to be told. */
  default String typeConversion(HibernateSqlDialect sql, Column from, Column to) {
    return "";
  }

  /** What {@code comment on ... is} takes to remove a comment. */
  default String noComment() {
    return "null";
  }

  default List<String> renameColumn(HibernateSqlDialect sql, String table, String from, String to) {
    return List.of(sql.alterTable(table) + " rename column " + sql.quote(from) + " to " + sql.quote(to));
  }

  /** Renames a table within its schema: the new name is written unqualified. */
  default List<String> renameTable(HibernateSqlDialect sql, String from, String to) {
    return List.of(sql.alterTable(from) + " rename to " + sql.quote(unqualified(to)));
  }

  /**
   * {@code create index}, online: in a form that lets writes go on while the index is built, where the
   * database has one; else as it is.
   */
  default List<String> createIndexOnline(String createIndex) {
    return List.of(createIndex);
  }

  /** {@code drop index}, online, where the database has such a form; else as it is. */
  default List<String> dropIndexOnline(HibernateSqlDialect sql, Table table, String index) {
    return dropIndex(sql, table, index);
  }

  /**
   * Adding a foreign key or check, online: where the database can, added without checking the rows, which
   * are then checked by a statement that lets writes go on; else as it is.
   */
  default List<String> addConstraintOnline(HibernateSqlDialect sql, String table, String name, String add) {
    return List.of(add);
  }

  /** Changing a column, online: where the database can, without a scan under an exclusive lock; else as it is. */
  default List<String> alterColumnOnline(HibernateSqlDialect sql, String table, Column from, Column to) {
    return alterColumn(sql, table, from, to);
  }

  /** Whether the operation must run outside a transaction here (PostgreSQL's {@code concurrently}). */
  default boolean outsideTransaction(Operation operation) {
    return false;
  }

  /**
   * What makes the session give up waiting for a lock after {@code timeout}. None by default: SQL Server's
   * {@code set lock_timeout} and Oracle's {@code ddl_lock_timeout} are not wired up here yet, so statements there
   * wait as the database makes them (Oracle's DDL does not wait at all unless told to).
   *
   * @param inTransaction whether the statements run inside the migration's transaction
   */
  default LockTimeoutSql lockTimeout(Duration timeout, boolean inTransaction) {
    return LockTimeoutSql.NONE;
  }

  /** Whether the database gave up waiting for a lock, as the timeout above makes it. */
  default boolean isLockTimeout(SQLException e) {
    return false;
  }

  /** Where to look for the transaction that holds a lock, for the message of a migration that gave up on it. */
  default String lockHolders() {
    return "the database's list of sessions";
  }

  /**
   * A query of the estimated rows of each table in the current schema(s), from the catalog's statistics (never a
   * count): columns schema, table and estimate, a negative or null estimate meaning unknown; tables of a schema
   * earlier in the search path first. Empty where no such statistics are known here.
   */
  default Optional<String> rowEstimates() {
    return Optional.empty();
  }

  /** Index names belong to the schema here, so the name is qualified with the table's schema. */
  default List<String> dropIndex(HibernateSqlDialect sql, Table table, String index) {
    return List.of("drop index " + sql.quote(inSchemaOf(table.name(), index)));
  }

  default List<String> dropColumn(HibernateSqlDialect sql, String table, Column column) {
    return List.of(sql.alterTable(table) + " drop column " + sql.quote(column.name()));
  }

  /** The {@code on delete} clause, empty for the database's default (no action). */
  default String onDelete(ForeignKey foreignKey) {
    return foreignKey.onDelete() == ReferentialAction.NO_ACTION ? "" : " on delete " + foreignKey.onDelete().sql();
  }

  /** Whether the unique constraint goes into {@code create table}, or else {@link #addUnique} after it. */
  default boolean uniqueInCreateTable(Table table, UniqueConstraint unique) {
    return true;
  }

  default List<String> addUnique(HibernateSqlDialect sql, Table table, UniqueConstraint unique) {
    return List.of(sql.alterTable(table.name()) + " add constraint " + sql.quote(unique.name())
        + " unique (" + sql.quoteAll(unique.columns()) + ")");
  }

  default List<String> dropUnique(HibernateSqlDialect sql, Table table, UniqueConstraint unique) {
    return List.of(sql.alterTable(table.name()) + " " + sql.hibernateDialect().getDropUniqueKeyString()
        + " " + sql.quote(unique.name()));
  }

  /** A key without a name is named by the database, as in {@code create table}. */
  default List<String> addPrimaryKey(HibernateSqlDialect sql, String table, PrimaryKey key) {
    String constraint = key.name() == null ? "" : "constraint " + sql.quote(key.name()) + " ";
    return List.of(sql.alterTable(table) + " add " + constraint + "primary key (" + sql.quoteAll(key.columns()) + ")");
  }

  /** Most databases drop the key without its name, which the database may have chosen. */
  default List<String> dropPrimaryKey(HibernateSqlDialect sql, Table table) {
    return List.of(sql.alterTable(table.name()) + " drop primary key");
  }

  /** The {@code alter table} clause that drops a check constraint, before its name. */
  default String dropCheck() {
    return "drop constraint";
  }

  /** The literal of an empty string: where '' is null (Oracle), a single space. */
  default String emptyString() {
    return "''";
  }

  /**
   * A date, time or timestamp literal in standard SQL: {@code date '1970-01-01'}.
   *
   * @param kind {@code date}, {@code time} or {@code timestamp}
   * @param value the value in ISO form ({@code 1970-01-01 00:00:00})
   */
  default String temporalLiteral(String kind, String value) {
    return kind + " '" + value + "'";
  }

  // ---- helpers for the implementations ----

  /** What no {@code alter column} here does: switching identity, changing a generated column's expression. */
  default void requireAlterable(String table, Column from, Column to) {
    requireSameGeneration(table, from, to);
    requireSameIdentity(table, from, to);
  }

  default void requireSameIdentity(String table, Column from, Column to) {
    if (from.identity() != to.identity()) {
      throw cannotSwitchIdentity(table, to);
    }
  }

  default MigrationException cannotSwitchIdentity(String table, Column to) {
    return new MigrationException("Cannot " + (to.identity() ? "make" : "stop making") + " column " + table + "."
        + to.name() + " an identity column on " + name() + ": add a new column and copy the values, "
        + "or write the SQL with execute()");
  }

  /** {@code select coalesce(max(c), 0) + 1 from t}: where an identity added to a column with values goes on. */
  static String nextIdentityValue(HibernateSqlDialect sql, String table, Column column) {
    return "select coalesce(max(" + sql.quote(column.name()) + "), 0) + 1 from " + sql.quote(table);
  }

  /** No database here changes a generated column's expression in place in a way all of them share. */
  default void requireSameGeneration(String table, Column from, Column to) {
    if (!Objects.equals(from.generatedAs(), to.generatedAs())) {
      throw new MigrationException("Cannot change how column " + table + "." + to.name() + " is generated with"
          + " alterColumn: drop the column and add it again (generate does that), or write the SQL with execute()");
    }
  }

  /** The last part of a qualified name. */
  static String unqualified(String name) {
    List<String> parts = Names.parts(name);
    return parts.get(parts.size() - 1);
  }

  /** {@code name} qualified with the schema (and catalog) of {@code table}, if it has one. */
  static String inSchemaOf(String table, String name) {
    return Names.qualifier(table).map(schema -> schema + "." + name).orElse(name);
  }
}
