package org.jpamigrations.dialect;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.ReferentialAction;
import org.jpamigrations.model.Table;
import org.jpamigrations.model.UniqueConstraint;

/**
 * MySQL 8 and MariaDB 10.6+. DDL commits the transaction. {@code modify column} replaces the whole
 * definition (type, nullability, default, comment), so any change restates the column; indexes
 * belong to their table.
 */
record MySqlVendor(String name) implements Vendor {

  private static final String ONLINE = " algorithm=inplace lock=none";

  @Override
  public SqlDialect.LockStyle lockStyle() {
    return SqlDialect.LockStyle.NAMED;
  }

  /**
   * {@code lock_wait_timeout} bounds the wait for a metadata lock, which is what DDL queues for; it is a session
   * setting of whole seconds, so the timeout is rounded up and the session's own value put back after.
   */
  @Override
  public LockTimeoutSql lockTimeout(Duration timeout, boolean inTransaction) {
    long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
    return new LockTimeoutSql(List.of("set session lock_wait_timeout = " + seconds),
        "select @@session.lock_wait_timeout", "set session lock_wait_timeout = %s",
        "set session lock_wait_timeout = default");
  }

  /** {@code ER_LOCK_WAIT_TIMEOUT}, for metadata and row locks alike. */
  @Override
  public boolean isLockTimeout(SQLException e) {
    return e.getErrorCode() == 1205;
  }

  @Override
  public String lockHolders() {
    return "show processlist (or information_schema.innodb_trx for the open transactions"
        + (name.equals("MySQL") ? ", performance_schema.metadata_locks for who holds the table" : "") + ")";
  }

  /** InnoDB's sampled estimate, which {@code analyze table} refreshes. */
  @Override
  public Optional<String> rowEstimates() {
    return Optional.of("select table_schema, table_name, table_rows from information_schema.tables"
        + " where table_schema = database() and table_type = 'BASE TABLE'");
  }

  @Override
  public boolean createTableIfNotExists() {
    return true;
  }

  @Override
  public boolean namesIgnoreCase() {
    return true;
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  @Override
  public List<String> alterColumn(HibernateSqlDialect sql, String table, Column from, Column to) {
    requireSameGeneration(table, from, to);
    boolean changed = !sql.typeName(from.type()).equals(sql.typeName(to.type()))
        || from.nullable() != to.nullable()
        || from.identity() != to.identity()
        || !Objects.equals(from.defaultValue(), to.defaultValue())
        || !Objects.equals(from.comment(), to.comment());
    return changed ? List.of(sql.alterTable(table) + " modify column " + sql.columnDeclaration(to)) : List.of();
  }

  /** A table name's qualifier names a database here: Hibernate qualifies tables by catalog on MySQL. */
  @Override
  public List<String> createSchema(HibernateSqlDialect sql, String name) {
    return List.of("create database if not exists " + sql.quote(name));
  }

  /**
   * {@code drop database} takes the tables with it, so it runs only on an empty database; on another
   * one the statement prepared in its place fails with the reason.
   */
  @Override
  public List<String> dropSchema(HibernateSqlDialect sql, String name) {
    String drop = HibernateSqlDialect.escape("drop database " + sql.quote(name));
    String refuse = HibernateSqlDialect.escape("signal sqlstate '45000' set message_text = '"
        + HibernateSqlDialect.escape("Database " + Names.bare(name) + " is not empty: it is not dropped") + "'");
    String database = HibernateSqlDialect.escape(Names.bare(name));
    return List.of(
        "set @jpa_migrations_drop = (select if(count(*) = 0, '" + drop + "', '" + refuse + "')"
            + " from information_schema.tables where table_schema = '" + database + "')",
        "prepare jpa_migrations_drop from @jpa_migrations_drop",
        "execute jpa_migrations_drop",
        "deallocate prepare jpa_migrations_drop");
  }

  /** MySQL drops a check with its own clause; MariaDB takes the standard one. */
  @Override
  public String dropCheck() {
    return name.equals("MySQL") ? "drop check" : Vendor.super.dropCheck();
  }

  /** {@code rename table} keeps the schema only when told: an unqualified new name keeps the old one's. */
  @Override
  public List<String> renameTable(HibernateSqlDialect sql, String from, String to) {
    String target = Names.parts(to).size() == 1 ? Vendor.inSchemaOf(from, to) : to;
    return List.of("rename table " + sql.quote(from) + " to " + sql.quote(target));
  }

  /** In place, with reads and writes going on: the server refuses, rather than silently copies, where it cannot. */
  @Override
  public List<String> createIndexOnline(String createIndex) {
    return List.of(createIndex + ONLINE);
  }

  /** As {@code alter table}, since MariaDB's {@code drop index} takes no algorithm. */
  @Override
  public List<String> dropIndexOnline(HibernateSqlDialect sql, Table table, String index) {
    if (!servedForeignKeys(table, index).isEmpty()) {
      return dropIndex(sql, table, index);
    }
    return List.of(sql.alterTable(table.name()) + " drop index " + sql.quote(index) + ", algorithm=inplace, lock=none");
  }

  @Override
  public List<String> dropIndex(HibernateSqlDialect sql, Table table, String index) {
    List<ForeignKey> served = servedForeignKeys(table, index);
    if (served.isEmpty()) {
      return List.of("drop index " + sql.quote(index) + " on " + sql.quote(table.name()));
    }
    return dropWithForeignKeys(sql, table, served, "drop index " + sql.quote(index));
  }

  @Override
  public List<String> dropUnique(HibernateSqlDialect sql, Table table, UniqueConstraint unique) {
    List<ForeignKey> served = servedForeignKeys(table, unique.name());
    if (served.isEmpty()) {
      return Vendor.super.dropUnique(sql, table, unique);
    }
    return dropWithForeignKeys(sql, table, served,
        sql.hibernateDialect().getDropUniqueKeyString() + " " + sql.quote(unique.name()));
  }

  /**
   * InnoDB needs an index starting with each foreign key's columns and refuses to drop the last one.
   * It creates one, named after the key, when the key is added without one, and drops that again
   * once another index serves. So an index that alone serves a key is dropped together with the key,
   * and the key is added again, which gives it back its own index just as InnoDB makes it.
   */
  private static List<String> dropWithForeignKeys(
      HibernateSqlDialect sql, Table table, List<ForeignKey> served, String dropIndex) {
    StringBuilder alter = new StringBuilder(sql.alterTable(table.name()));
    for (ForeignKey fk : served) {
      alter.append(" drop foreign key ").append(sql.quote(fk.name())).append(',');
    }
    alter.append(' ').append(dropIndex);
    List<String> statements = new ArrayList<>();
    statements.add(alter.toString());
    served.forEach(fk -> statements.add(sql.addForeignKey(table.name(), fk)));
    return statements;
  }

  /** The foreign keys that only the index or unique constraint named {@code dropped} serves. */
  private static List<ForeignKey> servedForeignKeys(Table table, String dropped) {
    List<String> droppedColumns = null;
    List<List<String>> remaining = new ArrayList<>();
    if (table.primaryKey() != null) {
      remaining.add(table.primaryKey().columns());
    }
    for (UniqueConstraint unique : table.uniqueConstraints()) {
      if (Names.same(unique.name(), dropped)) {
        droppedColumns = unique.columns();
      } else {
        remaining.add(unique.columns());
      }
    }
    for (Index index : table.indexes()) {
      if (Names.same(index.name(), dropped)) {
        droppedColumns = index.columns();
      } else {
        remaining.add(index.columns());
      }
    }
    List<ForeignKey> served = new ArrayList<>();
    for (ForeignKey fk : table.foreignKeys()) {
      if (droppedColumns != null && startsWith(droppedColumns, fk.columns())
          && remaining.stream().noneMatch(columns -> startsWith(columns, fk.columns()))) {
        served.add(fk);
      }
    }
    return served;
  }

  private static boolean startsWith(List<String> columns, List<String> prefix) {
    return columns.size() >= prefix.size() && Names.sameList(columns.subList(0, prefix.size()), prefix);
  }

  @Override
  public String onDelete(ForeignKey foreignKey) {
    if (foreignKey.onDelete() == ReferentialAction.SET_DEFAULT) {
      throw new MigrationException("Foreign key " + foreignKey.name() + " uses on delete set default, which "
          + name() + " (InnoDB) rejects: use set null, cascade or restrict");
    }
    return Vendor.super.onDelete(foreignKey);
  }
}
