package org.jpamigrations.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import org.hibernate.dialect.Dialect;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.ReferentialAction;
import org.jpamigrations.model.Table;
import org.jpamigrations.model.UniqueConstraint;

/**
 * SQL Server: DDL is transactional. Renames go through {@code sp_rename}. A unique constraint there
 * admits a single null, so, as Hibernate does, uniqueness over nullable columns is a filtered
 * unique index ({@code where c is not null}). Defaults are constraints with generated names: changing
 * or dropping one looks its name up in {@code sys.default_constraints}. Column comments are not
 * written (Hibernate writes none either).
 */
record SqlServerVendor() implements Vendor {

  /** The rows of the heap or clustered index, summed over partitions: what the engine keeps up to date. */
  @Override
  public Optional<String> rowEstimates() {
    return Optional.of("select s.name, t.name, sum(p.rows) from sys.tables t"
        + " join sys.schemas s on s.schema_id = t.schema_id"
        + " join sys.partitions p on p.object_id = t.object_id and p.index_id in (0, 1)"
        + " where s.name = schema_name() group by s.name, t.name");
  }

  /** T-SQL has no typed literals; a string converts implicitly. */
  @Override
  public String temporalLiteral(String kind, String value) {
    return "'" + value + "'";
  }


  @Override
  public String name() {
    return "SQL Server";
  }

  /** Only a restart sets the start here, which would reset the next value: the start stays as created. */
  @Override
  public boolean altersSequenceStart() {
    return false;
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  /**
   * A default constraint blocks a change of the column's type, so the default is dropped first
   * and put back after, as well as whenever it changes.
   */
  @Override
  public List<String> alterColumn(HibernateSqlDialect sql, String table, Column from, Column to) {
    requireAlterable(table, from, to);
    boolean typeChanged = !sql.typeName(from.type()).equals(sql.typeName(to.type()));
    boolean defaultChanged = !Objects.equals(from.defaultValue(), to.defaultValue());
    boolean dropDefault = from.defaultValue() != null && (defaultChanged || typeChanged);
    List<String> statements = new ArrayList<>();
    if (dropDefault) {
      statements.add(dropDefault(sql, table, from));
    }
    if (typeChanged || from.nullable() != to.nullable()) {
      // alter column restates nullability: without it the column becomes nullable
      statements.add(sql.alterTable(table) + " alter column " + sql.quote(to.name()) + " "
          + sql.typeName(to.type()) + (to.nullable() ? " null" : " not null"));
    }
    if (to.defaultValue() != null && (defaultChanged || dropDefault)) {
      statements.add(sql.alterTable(table) + " add default " + to.defaultValue() + " for " + sql.quote(to.name()));
    }
    return statements;
  }

  /** A column with a default cannot be dropped before its default constraint. */
  @Override
  public List<String> dropColumn(HibernateSqlDialect sql, String table, Column column) {
    List<String> statements = new ArrayList<>();
    if (column.defaultValue() != null) {
      statements.add(dropDefault(sql, table, column));
    }
    statements.addAll(Vendor.super.dropColumn(sql, table, column));
    return statements;
  }

  /** One batch that finds the generated name of the column's default constraint and drops it. */
  private static String dropDefault(HibernateSqlDialect sql, String table, Column column) {
    String quotedTable = HibernateSqlDialect.escape(sql.quote(table));
    return "declare @name sysname = (select d.name from sys.default_constraints d"
        + " join sys.columns c on c.object_id = d.parent_object_id and c.column_id = d.parent_column_id"
        + " where d.parent_object_id = object_id(N'" + quotedTable + "')"
        + " and c.name = N'" + HibernateSqlDialect.escape(Names.bare(column.name())) + "');"
        + " if @name is not null exec(N'alter table " + quotedTable
        + " drop constraint [' + @name + N']')";
  }

  /** {@code create schema} must be alone in its batch, hence {@code exec}. */
  @Override
  public List<String> createSchema(HibernateSqlDialect sql, String name) {
    return List.of("if schema_id(N'" + HibernateSqlDialect.escape(Names.bare(name)) + "') is null exec(N'create schema "
        + HibernateSqlDialect.escape(sql.quote(name)) + "')");
  }

  /** A key the database named ({@code PK__table__hash}) is dropped by the name found in {@code sys.key_constraints}. */
  @Override
  public List<String> dropPrimaryKey(HibernateSqlDialect sql, Table table) {
    PrimaryKey key = table.primaryKey();
    if (key.name() != null) {
      return List.of(sql.alterTable(table.name()) + " drop constraint " + sql.quote(key.name()));
    }
    String quotedTable = HibernateSqlDialect.escape(sql.quote(table.name()));
    return List.of("declare @name sysname = (select name from sys.key_constraints"
        + " where parent_object_id = object_id(N'" + quotedTable + "') and type = 'PK');"
        + " exec(N'alter table " + quotedTable + " drop constraint [' + @name + N']')");
  }

  @Override
  public List<String> renameColumn(HibernateSqlDialect sql, String table, String from, String to) {
    return List.of("exec sp_rename N'" + HibernateSqlDialect.escape(sql.quote(table) + "." + sql.quote(from))
        + "', N'" + HibernateSqlDialect.escape(Names.bare(to)) + "', 'COLUMN'");
  }

  @Override
  public List<String> renameTable(HibernateSqlDialect sql, String from, String to) {
    return List.of("exec sp_rename N'" + HibernateSqlDialect.escape(sql.quote(from))
        + "', N'" + HibernateSqlDialect.escape(Names.bare(Vendor.unqualified(to))) + "'");
  }

  @Override
  public List<String> dropIndex(HibernateSqlDialect sql, Table table, String index) {
    return List.of("drop index " + sql.quote(index) + " on " + sql.quote(table.name()));
  }

  /** SQL Server has no {@code restrict}; its default, no action, refuses the delete just the same. */
  @Override
  public String onDelete(ForeignKey foreignKey) {
    return foreignKey.onDelete() == ReferentialAction.RESTRICT ? "" : Vendor.super.onDelete(foreignKey);
  }

  @Override
  public boolean uniqueInCreateTable(Table table, UniqueConstraint unique) {
    return !hasNullableColumn(table, unique);
  }

  @Override
  public List<String> addUnique(HibernateSqlDialect sql, Table table, UniqueConstraint unique) {
    if (!hasNullableColumn(table, unique)) {
      return Vendor.super.addUnique(sql, table, unique);
    }
    Dialect dialect = sql.hibernateDialect();
    return List.of(dialect.getCreateIndexString(true) + " " + sql.quote(unique.name()) + " on "
        + sql.quote(table.name()) + " (" + sql.quoteAll(unique.columns()) + ")"
        + dialect.getCreateIndexTail(true, DdlRenderer.hibernateColumns(table, unique.columns())));
  }

  @Override
  public List<String> dropUnique(HibernateSqlDialect sql, Table table, UniqueConstraint unique) {
    return hasNullableColumn(table, unique)
        ? dropIndex(sql, table, unique.name())
        : Vendor.super.dropUnique(sql, table, unique);
  }

  private static boolean hasNullableColumn(Table table, UniqueConstraint unique) {
    return unique.columns().stream()
        .anyMatch(name -> table.findColumn(name).map(Column::nullable).orElse(true));
  }
}
