package org.jpamigrations.dialect;

import java.util.List;

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

  @Override
  public List<String> renameColumn(HibernateSqlDialect sql, String table, String from, String to) {
    return List.of(sql.alterTable(table) + " alter column " + sql.quote(from) + " rename to " + sql.quote(to));
  }
}
