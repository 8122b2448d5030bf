package org.jpamigrations.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jpamigrations.model.Column;

/**
 * H2 2.x: standard SQL but for renaming a column. DDL commits the open transaction
 * (verified by a test), so it is not transactional.
 */
record H2Vendor() implements Vendor {

  @Override
  public String name() {
    return "H2";
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  /**
   * A user's column definition may carry clauses after the type ({@code varchar(9) default 'x'}),
   * which {@code set data type} rejects: H2 then takes the whole definition, with the default and
   * nullability, as Hibernate's export writes it.
   */
  @Override
  public List<String> alterColumn(HibernateSqlDialect sql, String table, Column from, Column to) {
    if (to.type().definition() == null || to.identity()
        || sql.typeName(from.type()).equals(sql.typeName(to.type()))) {
      return Vendor.super.alterColumn(sql, table, from, to);
    }
    requireAlterable(table, from, to);
    List<String> statements = new ArrayList<>();
    statements.add(sql.alterTable(table) + " alter column " + sql.quote(to.name()) + " " + sql.columnDefinition(to));
    if (!Objects.equals(from.comment(), to.comment())) {
      statements.addAll(sql.commentOnColumn(table, to));
    }
    return statements;
  }

  @Override
  public List<String> renameColumn(HibernateSqlDialect sql, String table, String from, String to) {
    return List.of(sql.alterTable(table) + " alter column " + sql.quote(from) + " rename to " + sql.quote(to));
  }
}
