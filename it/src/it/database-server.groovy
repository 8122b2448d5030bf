// Selector of the PostgreSQL and MariaDB runs (see it/pom.xml), before each project: when the server does not
// answer, skips the project and says so; otherwise gives it a fresh, empty database named after it
// (it_migrate_loop, it_errors, it_bound_upgrade), which its pom puts in migrations.url.
import org.jpamigrations.it.oracle.DatabaseServer

def server = DatabaseServer.of(dbServer + '/', dbUser, dbPassword)
def database = 'it_' + basedir.name.replace('-', '_')
if (!server.reachable()) {
  println "[WARNING] ${server.kind().label()} is not reachable at ${dbServer} as user '${dbUser}': " +
      "${basedir.name} is SKIPPED on ${server.kind().label()}. Start the server to run it (docs/integration-tests.md)."
  return false
}
server.recreate(database)
return true
