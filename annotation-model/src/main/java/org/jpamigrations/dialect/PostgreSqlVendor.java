package org.jpamigrations.dialect;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.Table;
import org.jpamigrations.operation.AddCheckConstraint;
import org.jpamigrations.operation.AddForeignKey;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.CreateIndex;
import org.jpamigrations.operation.DropIndex;
import org.jpamigrations.operation.Operation;

/**
 * PostgreSQL: standard SQL throughout, and DDL is transactional. A change to another kind of type
 * says how to convert the values ({@code using c::type}), which PostgreSQL demands where no
 * assignment cast exists (text to integer, say). A primary key is dropped by its constraint name.
 */
record PostgreSqlVendor() implements Vendor {

  @Override
  public List<String> createIndexOnline(String createIndex) {
    return List.of(createIndex.replaceFirst("(?i)^create (unique )?index ", "create $1index concurrently "));
  }

  @Override
  public List<String> dropIndexOnline(HibernateSqlDialect sql, Table table, String index) {
    return List.of("drop index concurrently " + sql.quote(Vendor.inSchemaOf(table.name(), index)));
  }

  @Override
  public List<String> addConstraintOnline(HibernateSqlDialect sql, String table, String name, String add) {
    return List.of(add + " not valid", sql.alterTable(table) + " validate constraint " + sql.quote(name));
  }

  /**
   * Concurrent index steps refuse a transaction; a constraint added {@code not valid} must commit before it is
   * validated, or the lock it took holds writes back until the validation ends.
   */
  /**
   * Made NOT NULL: a {@code check (c is not null)} added {@code not valid} and validated without blocking writes
   * lets {@code set not null} skip its scan of the table; the check is dropped after.
   */
  @Override
  public List<String> alterColumnOnline(HibernateSqlDialect sql, String table, Column from, Column to) {
    if (!from.nullable() || to.nullable()) {
      return alterColumn(sql, table, from, to);
    }
    String check = notNullCheck(table, to.name());
    List<String> statements = new ArrayList<>(addConstraintOnline(sql, table, check, sql.alterTable(table)
        + " add constraint " + sql.quote(check) + " check (" + sql.quote(to.name()) + " is not null)"));
    statements.addAll(alterColumn(sql, table, from, to));
    statements.add(sql.alterTable(table) + " drop constraint " + sql.quote(check));
    return statements;
  }

  /** A name for the passing check, within PostgreSQL's 63 characters. */
  private static String notNullCheck(String table, String column) {
    String name = "ck_" + Names.bare(table.substring(table.lastIndexOf('.') + 1)) + "_" + Names.bare(column)
        + "_not_null";
    return name.length() <= 63 ? name : name.substring(0, 63);
  }

  @Override
  public boolean outsideTransaction(Operation operation) {
    return operation instanceof CreateIndex create && create.online()
        || operation instanceof DropIndex drop && drop.online()
        || operation instanceof AddForeignKey fk && fk.online()
        || operation instanceof AddCheckConstraint check && check.online()
        || operation instanceof AlterColumn alter && alter.online();
  }

  /**
   * {@code set local} ends with the transaction by itself; outside one the session's value is read first and put
   * back after.
   */
  @Override
  public LockTimeoutSql lockTimeout(Duration timeout, boolean inTransaction) {
    String value = "'" + timeout.toMillis() + "ms'";
    return inTransaction
        ? new LockTimeoutSql(List.of("set local lock_timeout = " + value), null, null, null)
        : new LockTimeoutSql(List.of("set lock_timeout = " + value), "show lock_timeout", "set lock_timeout = '%s'",
            "reset lock_timeout");
  }

  /** {@code lock_not_available}: {@code canceling statement due to lock timeout}. */
  @Override
  public boolean isLockTimeout(SQLException e) {
    return "55P03".equals(e.getSQLState());
  }

  @Override
  public String lockHolders() {
    return "pg_stat_activity (select pid, xact_start, state, query from pg_stat_activity where xact_start is not null"
        + " order by xact_start)";
  }

  /** {@code reltuples} is what the last {@code analyze} or vacuum counted; -1 until the table was analysed. */
  @Override
  public Optional<String> rowEstimates() {
    return Optional.of("select n.nspname, c.relname, c.reltuples::bigint from pg_class c"
        + " join pg_namespace n on n.oid = c.relnamespace"
        + " where c.relkind in ('r', 'p') and n.nspname = any (current_schemas(false))"
        + " order by array_position(current_schemas(false), n.nspname)");
  }

  @Override
  public SqlDialect.LockStyle lockStyle() {
    return SqlDialect.LockStyle.ADVISORY;
  }

  @Override
  public boolean createTableIfNotExists() {
    return true;
  }

  @Override
  public String typeConversion(HibernateSqlDialect sql, Column from, Column to) {
    if (from.type().code() == to.type().code()) {
      return "";
    }
    return " using " + sql.quote(to.name()) + "::" + sql.typeName(to.type());
  }

  @Override
  public String name() {
    return "PostgreSQL";
  }

  /** Hibernate's identity clause, then a restart past the values there are, which {@code restart with} takes only as a constant. */
  @Override
  public List<String> addIdentity(HibernateSqlDialect sql, String table, Column column) {
    String alter = sql.alterTable(table) + " alter column " + sql.quote(column.name());
    String identity = sql.hibernateDialect().getIdentityColumnSupport().getIdentityColumnString(column.type().code());
    return List.of(alter + " add " + identity,
        "do $$ begin execute '" + HibernateSqlDialect.escape(alter + " restart with ") + "' || ("
            + Vendor.nextIdentityValue(sql, table, column) + "); end $$");
  }

  @Override
  public List<String> dropIdentity(HibernateSqlDialect sql, String table, Column column) {
    return List.of(sql.alterTable(table) + " alter column " + sql.quote(column.name()) + " drop identity");
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  /**
   * A key the database named is called {@code <table>_pkey} when created, but keeps that name when the
   * table is renamed: the name is looked up in the catalog instead.
   */
  @Override
  public List<String> dropPrimaryKey(HibernateSqlDialect sql, Table table) {
    PrimaryKey key = table.primaryKey();
    if (key.name() != null) {
      return List.of(sql.alterTable(table.name()) + " drop constraint " + sql.quote(key.name()));
    }
    String alter = HibernateSqlDialect.escape(sql.alterTable(table.name()));
    return List.of("do $$ begin execute '" + alter + " drop constraint ' || quote_ident((select conname"
        + " from pg_constraint where conrelid = '" + HibernateSqlDialect.escape(sql.quote(table.name()))
        + "'::regclass and contype = 'p')); end $$");
  }
}
