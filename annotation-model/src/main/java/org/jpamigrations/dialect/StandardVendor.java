package org.jpamigrations.dialect;

/** A database with no quirks of its own known here: standard SQL, and DDL taken as not transactional. */
record StandardVendor(String name) implements Vendor {

  @Override
  public boolean transactionalDdl() {
    return false;
  }
}
