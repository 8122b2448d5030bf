package org.jpamigrations.cli;

/** {@code java -jar migrations-cli.jar}: runs one command and exits with its code (see {@link ExitCode}). */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(MigrationsCli.execute(args, System.getenv(), System.out, System.err));
  }
}
