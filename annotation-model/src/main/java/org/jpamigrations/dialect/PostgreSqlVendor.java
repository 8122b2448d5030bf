package org.jpamigrations.dialect;

import org.jpamigrations.model.Column;

/**
 * PostgreSQL: standard SQL throughout, and DDL is transactional. A change to another kind of type
 * says how to convert the values ({@code using c::type}), which PostgreSQL demands where no
 * assignment cast exists (text to integer, say).
 */
record PostgreSqlVendor() implements Vendor {

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

  @Override
  public boolean transactionalDdl() {
    return true;
  }
}
