package org.jpamigrations.cli.runner;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jpamigrations.MigrationStatus;
import org.jpamigrations.Migrations;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.migration.MigrationException;

/**
 * Runs one command inside the application's class loader, with the application's own
 * {@link Migrations}; the launcher calls {@link #run} by reflection. Uses nothing of picocli.
 */
public final class Runner {

  private static final int OK = 0;
  private static final int FAILURE = 1;
  private static final int NOT_UP_TO_DATE = 3;

  /** Held, so that the level set on it is not lost when the logger is collected. */
  private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

  private Runner() {}

  /**
   * @param values the command and its options as strings (see the launcher's DatabaseCommand)
   * @return the exit code
   */
  public static int run(Map<String, String> values, PrintWriter out, PrintWriter err) {
    Request request = new Request(values);
    quietLogging(request.verbose());
    try {
      Migrations migrations = configure(request, out, err).load();
      return switch (request.command()) {
        case "upgrade" -> done(migrations.upgrade(request.get("target")));
        case "downgrade" -> done(migrations.downgrade(request.get("target")));
        case "status" -> status(migrations, request, out, err);
        case "validate" -> validate(migrations, err);
        case "stamp" -> done(migrations.stamp(request.get("target"), request.flag("force")));
        case "repair" -> done(migrations.repair());
        case "sql" -> SqlOutput.write(migrations, request, out);
        default -> throw new IllegalArgumentException("Unknown command " + request.command());
      };
    } catch (MigrationException e) {
      return failed(CliWords.of(e.getMessage()), e, request, err);
    } catch (LinkageError e) {
      return failed("The application's class path lacks a class or has one of another version: " + e
          + ". Give all of its dependency jars, with the migrations-annotation-model this CLI was built for.", e,
          request, err);
    } catch (RuntimeException e) {
      return failed("Unexpected " + e + (request.verbose() ? "" : " (--verbose prints the stack trace)"), e, request,
          err);
    }
  }

  private static Migrations.Configuration configure(Request request, PrintWriter out, PrintWriter err) {
    boolean dryRun = request.flag("dryRun");
    // this class's loader is the application's: its migrations, runtime, Hibernate and driver
    Migrations.Configuration config = Migrations.configure(Runner.class.getClassLoader())
        .packageName(request.get("package"))
        .historyTable(request.get("historyTable"))
        .dialect(request.get("dialect"))
        .acceptChanged(request.flag("acceptChanged"))
        .runContracts(request.flag("contract"))
        .group(request.flag("group"))
        .dryRun(dryRun)
        .listener(new ConsoleListener(out, err, dryRun || request.verbose()));
    if (!request.command().equals("sql")) { // the script needs no database
      config.dataSource(request.get("url"), request.get("user"), request.get("password"));
    }
    if (request.lockTimeout() != null) {
      config.lockTimeout(request.lockTimeout());
    }
    if (request.ddlLockTimeout() != null) {
      config.ddlLockTimeout(request.ddlLockTimeout(), request.ddlRetries());
    }
    return config;
  }

  private static int status(Migrations migrations, Request request, PrintWriter out, PrintWriter err) {
    MigrationStatus status = migrations.status();
    if (request.flag("json")) {
      out.println(StatusJson.of(status));
    } else {
      Map<String, MigrationScript> scripts = new LinkedHashMap<>();
      migrations.migrations().forEach(script -> scripts.put(script.revision(), script));
      StatusText.print(status, scripts, out, err);
    }
    if (request.flag("failOnProblems") && !status.problems().isEmpty()) {
      err.println("Error: " + status.problems().size() + (status.problems().size() == 1 ? " problem" : " problems")
          + " (--fail-on-problems): " + CliWords.of(status.problems().get(0)));
      return NOT_UP_TO_DATE;
    }
    if (request.flag("failOnPending") && !status.toRun().isEmpty()) {
      err.println("Error: " + status.toRun().size() + (status.toRun().size() == 1 ? " migration" : " migrations")
          + " pending (--fail-on-pending): run migrations upgrade.");
      return NOT_UP_TO_DATE;
    }
    return OK;
  }

  /** Exit 3 when the database is behind or has problems; 1 when it cannot be read at all. */
  private static int validate(Migrations migrations, PrintWriter err) {
    boolean upToDate = migrations.status().upToDate();
    try {
      migrations.validate();
      return OK;
    } catch (MigrationException e) {
      if (upToDate) {
        throw e;
      }
      err.println("Error: " + CliWords.of(e.getMessage()));
      return NOT_UP_TO_DATE;
    }
  }

  private static int done(Object result) {
    return OK;
  }

  private static int failed(String message, Throwable e, Request request, PrintWriter err) {
    err.println("Error: " + message);
    if (request.verbose()) {
      e.printStackTrace(err);
    }
    return FAILURE;
  }

  /**
   * Hibernate is used only for its dialects here: its start-up lines and its advice on dialect settings would
   * bury the output, so only its errors show (its warnings too with --verbose). jboss-logging is
   * sent to java.util.logging, where the level can be set, rather than to a Logback of the application's that
   * would print everything at DEBUG without its configuration.
   */
  private static void quietLogging(boolean verbose) {
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "jdk");
    }
    HIBERNATE_LOG.setLevel(verbose ? Level.WARNING : Level.SEVERE);
  }
}
