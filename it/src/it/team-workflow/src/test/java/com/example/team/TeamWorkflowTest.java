package com.example.team;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jpamigrations.it.oracle.HibernateExport;
import org.jpamigrations.it.oracle.SchemaSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The steps of invoker.properties that need a hand on the database. */
class TeamWorkflowTest {

  private static final String URL = System.getProperty("db.url");
  /** The server's other databases, which the it module creates empty on PostgreSQL and MariaDB (databases.txt). */
  private static final String BY_HAND = System.getProperty("db.server") + "/it_team_workflow_byhand";
  private static final String LEGACY = System.getProperty("db.server") + "/it_team_workflow_legacy";

  private static Connection connect(String url) throws Exception {
    return DriverManager.getConnection(url, System.getProperty("db.user"), System.getProperty("db.password", ""));
  }

  /** The script migrations:sql wrote, run by hand on an empty database, builds what upgrade built. */
  @Test
  @EnabledIfSystemProperty(named = "check", matches = "sql")
  void theSqlScriptBuildsTheSameSchemaAsUpgrade() throws Exception {
    String script = Files.readString(Path.of("upgrade.sql"));
    try (Connection c = connect(BY_HAND); Statement s = c.createStatement()) {
      for (String statement : script.split(";\n")) {
        String sql = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
        if (!sql.isEmpty()) {
          s.execute(sql);
        }
      }
    }
    SchemaSnapshot upgraded;
    try (Connection c = connect(URL)) {
      upgraded = SchemaSnapshot.read(c, Set.of());
    }
    try (Connection c = connect(BY_HAND)) {
      assertEquals(List.of(), upgraded.differences(SchemaSnapshot.read(c, Set.of())),
          "the script builds another schema than upgrade");
      assertEquals(revisions(URL), revisions(BY_HAND), "the script records other revisions than upgrade");
    }
  }

  /** An existing database, as an application with Hibernate's schema export made it. */
  @Test
  @EnabledIfSystemProperty(named = "check", matches = "export")
  void exportTheLegacyDatabase() {
    HibernateExport.create(Path.of("target/classes"), LEGACY, System.getProperty("db.user"),
        System.getProperty("db.password", ""));
  }

  private static List<String> revisions(String url) throws Exception {
    List<String> revisions = new ArrayList<>();
    try (Connection c = connect(url); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select revision from jpa_migrations_history order by revision")) {
      while (rs.next()) {
        revisions.add(rs.getString(1));
      }
    }
    return revisions;
  }
}
