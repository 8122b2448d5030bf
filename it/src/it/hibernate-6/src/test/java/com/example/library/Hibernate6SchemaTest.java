package com.example.library;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.hibernate.Version;
import org.jpamigrations.it.oracle.SchemaOracle;
import org.junit.jupiter.api.Test;

/** The oracle here runs the project's own Hibernate 6.6: the migrations must build what it creates. */
class Hibernate6SchemaTest {

  @Test
  void theOracleIsHibernate6() {
    assertTrue(Version.getVersionString().startsWith("6.6."), Version.getVersionString());
  }

  @Test
  void databaseEqualsHibernate6SchemaExport() throws Exception {
    SchemaOracle.assertMatchesHibernate(System.getProperty("db.url"), Path.of("target/classes"));
  }
}
