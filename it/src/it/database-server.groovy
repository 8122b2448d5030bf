// Selector of the PostgreSQL and MariaDB runs (see it/pom.xml), before each project: when the server does not
// answer, skips the project and says so; otherwise gives it a fresh, empty database named after it
// (it_migrate_loop, it_errors, it_bound_upgrade, it_hibernate_6), which its pom puts in migrations.url.
import org.jpamigrations.it.oracle.DatabaseServer

// basedir is this script's folder as reached from the cloned project: target/it-<server>/<project>/../../../src/it
def parts = basedir.toPath().collect { it.toString() }
def project = parts[parts.indexOf('..') - 1]
def server = DatabaseServer.of(dbServer + '/', dbUser, dbPassword)
if (!server.reachable()) {
  def message = "${server.kind().label()} is not reachable at ${dbServer} as user '${dbUser}': " +
      "${project} is SKIPPED on ${server.kind().label()}. Start the server to run it (docs/integration-tests.md)."
  org.slf4j.LoggerFactory.getLogger('org.jpamigrations.it').warn(message)  // the console
  println message                                                           // the project's build.log
  return false
}
server.recreate('it_' + project.replace('-', '_'))
return true
