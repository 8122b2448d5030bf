package org.jpamigrations.dialect;

import java.util.List;
import java.util.Objects;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.ReferentialAction;

/**
 * MySQL 8 and MariaDB 10.6+. DDL commits the transaction. {@code modify column} replaces the whole
 * definition (type, nullability, default, comment), so any change restates the column; indexes
 * belong to their table.
 */
record MySqlVendor(String name) implements Vendor {

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  @Override
  public List<String> alterColumn(HibernateSqlDialect sql, String table, Column from, Column to) {
    boolean changed = !sql.typeName(from.type()).equals(sql.typeName(to.type()))
        || from.nullable() != to.nullable()
        || from.identity() != to.identity()
        || !Objects.equals(from.defaultValue(), to.defaultValue())
        || !Objects.equals(from.comment(), to.comment());
    return changed ? List.of(sql.alterTable(table) + " modify column " + sql.columnDeclaration(to)) : List.of();
  }

  /** {@code rename table} keeps the schema only when told: an unqualified new name keeps the old one's. */
  @Override
  public List<String> renameTable(HibernateSqlDialect sql, String from, String to) {
    String target = Names.parts(to).size() == 1 ? Vendor.inSchemaOf(from, to) : to;
    return List.of("rename table " + sql.quote(from) + " to " + sql.quote(target));
  }

  @Override
  public List<String> dropIndex(HibernateSqlDialect sql, String table, String index) {
    return List.of("drop index " + sql.quote(index) + " on " + sql.quote(table));
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
