package org.jpamigrations.dialect;

/** PostgreSQL: standard SQL throughout, and DDL is transactional. */
record PostgreSqlVendor() implements Vendor {

  @Override
  public String name() {
    return "PostgreSQL";
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }
}
