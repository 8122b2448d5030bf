package org.jpamigrations.plugin.command;

import java.util.List;
import org.jpamigrations.Migrations;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.jdbc.Database;
import org.jpamigrations.runner.RunListener;
import org.jpamigrations.runner.RunOptions;
import org.jpamigrations.runner.StepLine;
import org.jpamigrations.runner.StepResult;

/** Applies or rolls back migrations on a database, or repairs its history after a failure. */
public final class MigrateCommand {

  /**
   * @param database where to run
   * @param dialect a dialect name or class overriding detection, or {@code null}
   * @param historyTable the history table's name
   * @param packageName the migrations package
   * @param classLoader the project's class loader (migration classes and JDBC driver)
   * @param target the revision to move to; {@code null} for the default of each direction
   * @param options lock timeout, acceptChanged, dryRun
   */
  public record Request(
      Database database,
      String dialect,
      String historyTable,
      String packageName,
      ClassLoader classLoader,
      String target,
      RunOptions options) {

    public Request {
      options = options == null ? RunOptions.DEFAULTS : options;
    }

    /** With the default options. */
    public Request(
        Database database, String dialect, String historyTable, String packageName, ClassLoader classLoader,
        String target) {
      this(database, dialect, historyTable, packageName, classLoader, target, RunOptions.DEFAULTS);
    }
  }

  public List<StepResult> upgrade(Request request, Reporter reporter) {
    return migrations(request, reporter).upgrade(request.target()).steps();
  }

  public List<StepResult> downgrade(Request request, Reporter reporter) {
    return migrations(request, reporter).downgrade(request.target()).steps();
  }

  /**
   * Clears the history entries of migrations that failed half-way, after the user fixed the database.
   *
   * @return the entries cleared
   */
  public List<AppliedRevision> repair(Request request, Reporter reporter) {
    return migrations(request, reporter).repair();
  }

  static Migrations migrations(Request request, Reporter reporter) {
    reporter.debug("Database " + request.database());
    return Migrations.configure(request.classLoader())
        .connectionSource(request.database())
        .dialect(request.dialect())
        .historyTable(request.historyTable())
        .packageName(request.packageName())
        .lockTimeout(request.options().lockTimeout())
        .ddlLockTimeout(request.options().ddlLockTimeout(), request.options().ddlRetries())
        .acceptChanged(request.options().acceptChanged())
        .dryRun(request.options().dryRun())
        .listener(listener(reporter, request.options().dryRun()))
        .load();
  }

  /** Reports a run in the Maven log: statements under -X (or all of them in a dry run). */
  static RunListener listener(Reporter reporter, boolean dryRun) {
    return new RunListener() {
      @Override
      public void statement(String sql) {
        if (dryRun) {
          reporter.info(sql.startsWith("--") ? sql : sql + ";");
        } else {
          reporter.debug("  " + sql);
        }
      }

      @Override
      public void finished(StepResult step) {
        reporter.info(StepLine.of(step));
      }

      @Override
      public void warning(String message) {
        reporter.warn(message);
      }

      @Override
      public void info(String message) {
        reporter.info(message);
      }
    };
  }
}
