package org.jpamigrations.dialect;

import java.util.List;
import java.util.Objects;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.Table;

/**
 * The statements that keep the checks a column's type implies on this database (see
 * {@link HibernateSqlDialect#impliedCheck}) in step with the column: added with it, dropped before
 * it, and replaced when its type, its name or its table's name changes. Every database takes an explicit
 * drop, and some need one before the column goes.
 */
final class ImpliedChecks {

  private final HibernateSqlDialect sql;
  private final Vendor vendor;

  ImpliedChecks(HibernateSqlDialect sql, Vendor vendor) {
    this.sql = sql;
    this.vendor = vendor;
  }

  /** {@code , constraint ... check (...)} for each column of a new table that implies one. */
  String inCreateTable(Table table) {
    StringBuilder checks = new StringBuilder();
    for (Column column : table.columns()) {
      CheckConstraint check = sql.impliedCheck(table.name(), column);
      if (check != null) {
        checks.append(',').append(sql.checkConstraint(check));
      }
    }
    return checks.toString();
  }

  List<String> add(String table, Column column) {
    CheckConstraint check = sql.impliedCheck(table, column);
    return check == null ? List.of() : List.of(sql.alterTable(table) + " add" + sql.checkConstraint(check));
  }

  List<String> drop(String table, Column column) {
    CheckConstraint check = sql.impliedCheck(table, column);
    return check == null ? List.of() : List.of(sql.alterTable(table) + " " + vendor.dropCheck() + " " + sql.quote(check.name()));
  }

  /** Whether the column's implied check changes from {@code from} (in table {@code fromTable}) to {@code to}. */
  boolean changes(String fromTable, Column from, String toTable, Column to) {
    return !Objects.equals(sql.impliedCheck(fromTable, from), sql.impliedCheck(toTable, to));
  }
}
