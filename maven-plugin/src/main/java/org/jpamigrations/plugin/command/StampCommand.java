package org.jpamigrations.plugin.command;

import java.util.List;
import org.jpamigrations.jdbc.Database;

/**
 * Records a revision and every revision it follows as applied, without running them: to adopt a
 * database whose schema already exists (a baseline), so that upgrade continues from there.
 */
public final class StampCommand {

  /**
   * @param database the database to stamp
   * @param dialect a dialect name or class overriding detection, or {@code null}
   * @param historyTable the history table's name
   * @param packageName the migrations package
   * @param classLoader the project's class loader (migration classes and JDBC driver)
   * @param target the revision the database's schema already matches; {@code null} for the head
   * @param force stamp even a database without tables
   */
  public record Request(Database database, String dialect, String historyTable, String packageName,
      ClassLoader classLoader, String target, boolean force) {}

  /** Returns the revisions it recorded, oldest first. */
  public List<String> run(Request request, Reporter reporter) {
    List<String> recorded = MigrateCommand.migrations(new MigrateCommand.Request(request.database(),
        request.dialect(), request.historyTable(), request.packageName(), request.classLoader(), null), reporter)
        .stamp(request.target(), request.force());
    recorded.forEach(revision -> reporter.info("  " + revision));
    return recorded;
  }
}
