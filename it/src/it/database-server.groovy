// Selector of the PostgreSQL and MariaDB runs (see it/pom.xml), before each project: when the server does not
// answer, skips the project and says so; otherwise gives it a fresh, empty database named after it
// (it_migrate_loop, it_rename...), which its pom puts in migrations.url, and the other databases its
// databases.txt names, one a line. A project that does not apply to a server says why in not-on-<server>.txt
// (not-on-postgresql.txt), and is skipped there with that reason.
import org.jpamigrations.it.oracle.DatabaseServer

// basedir is this script's folder as reached from the cloned project: target/it-<server>/<project>/../../../src/it
def path = basedir.toPath()
def parts = path.collect { it.toString() }
def projectDir = path.root.resolve(path.subpath(0, parts.indexOf('..')))
def project = projectDir.fileName.toString()
def server = DatabaseServer.of(dbServer + '/', dbUser, dbPassword)
if (!server.reachable()) {
  def message = "${server.kind().label()} is not reachable at ${dbServer} as user '${dbUser}': " +
      "${project} is SKIPPED on ${server.kind().label()}. Start the server to run it (docs/integration-tests.md)."
  org.slf4j.LoggerFactory.getLogger('org.jpamigrations.it').warn(message)  // the console
  println message                                                           // the project's build.log
  return false
}
def label = server.kind().label()
def notHere = projectDir.resolve("not-on-${server.kind().name().toLowerCase()}.txt").toFile()
if (notHere.isFile()) {
  def message = "${project} is SKIPPED on ${label}: ${notHere.text.trim()}"
  org.slf4j.LoggerFactory.getLogger('org.jpamigrations.it').info(message)
  println message
  return false
}
server.recreate('it_' + project.replace('-', '_'))
def others = projectDir.resolve('databases.txt').toFile()
if (others.isFile()) {
  others.readLines()*.trim().findAll { it }.each { server.recreate(it) }
}
return true
