// Starts the packaged application (java -jar) on fresh databases: the starter must apply exactly the migration
// generate wrote, before Hibernate validates the schema (ddl-auto=validate). H2 always; PostgreSQL and MariaDB
// when they answer, else SKIPPED with the reason. Every started process has a time limit and is killed after.
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration
import org.jpamigrations.it.boot.BootJar
import org.jpamigrations.it.boot.HibernateCreated
import org.jpamigrations.it.oracle.DatabaseServer

def timeout = Duration.ofSeconds(90)
def jar = new BootJar(new File(basedir, 'target/library.jar').toPath())
def sources = new File(basedir, 'src/main/java/com/example/db/migrations').listFiles()
    .findAll { it.name.endsWith('.java') && it.name != 'package-info.java' }
assert sources.size() == 1 : sources
def revision = (sources[0].text =~ /@Revision\(\s*id\s*=\s*"([^"]+)"/)[0][1]
// @DataJpaTest and @SpringBootTest ran on databases the starter migrated (package ran the tests).
assert new File(basedir, 'build.log').text.contains('Tests run: 2, Failures: 0, Errors: 0')

def run = { String name, List<String> args ->
  def app = jar.start(name, args as String[])
  try {
    return [app.waitFor(timeout), app.output()]
  } finally {
    app.close()
  }
}
def started = { String name, int exit, String out ->
  assert exit == 0 : "${name} exited with ${exit}:\n${out}"
  assert out.contains('LIBRARY READY: ddl-auto=validate') : "${name} did not reach its runner:\n${out}"
  // migrations.fail-on-pending-model-changes read the metamodel the application booted on this database
  assert out.contains('The migrations capture every entity change (recorded by revision') : out
  assert !out.contains('Schema validation') : out
}
def history = { java.sql.Connection c ->
  try {
    def rows = []
    def rs = c.createStatement().executeQuery('select revision from jpa_migrations_history order by revision')
    while (rs.next()) rows << rs.getString(1)
    return rows
  } finally {
    c.close()
  }
}
def args = { String url, String user, String password ->
  ["--spring.datasource.url=${url}", "--spring.datasource.username=${user}",
   "--spring.datasource.password=${password ?: ''}"].collect { it.toString() }
}

// H2: a fresh file database
def h2Dir = new File(basedir, 'target/h2-start')
h2Dir.deleteDir()
def h2Url = "jdbc:h2:file:${h2Dir}/library".toString()
def (exit, out) = run('h2', args(h2Url, 'sa', ''))
started('h2', exit, out)
assert out =~ /Hibernate ORM core version 7\./ : out
// The runtime's System.Logger lines go through Boot's logging (the JUL bridge), in Boot's format.
assert out =~ /(?m)^\S+\s+INFO \d+ --- .*jpamigrations.*: Upgraded jdbc:h2:file:.* from base \(no migration applied\) to revision ${revision}\./ : out
def h2Props = new Properties()
h2Props.user = 'sa'
h2Props.password = ''
assert history(new org.h2.Driver().connect(h2Url, h2Props)) == [revision]
// The oracle: Hibernate's own schema for the same application, created on a fresh H2 database
def h2Expected = new File(basedir, 'target/h2-expected')
h2Expected.deleteDir()
def h2ExpectedUrl = "jdbc:h2:file:${h2Expected}/library".toString()
assert HibernateCreated.differences(jar, 'h2', args(h2ExpectedUrl, 'sa', ''),
    { new org.h2.Driver().connect(h2ExpectedUrl, h2Props) }, { new org.h2.Driver().connect(h2Url, h2Props) },
    timeout) == []

// The Actuator endpoint, on the migrated database, on a free port.
def port = new ServerSocket(0).withCloseable { it.localPort }
def web = jar.start('actuator', (args(h2Url, 'sa', '') + ['--app.serve=true', '--spring.main.web-application-type=servlet',
    "--server.port=${port}".toString(), '--server.address=127.0.0.1']) as String[])
try {
  def client = HttpClient.newHttpClient()
  def request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:${port}/actuator/migrations"))
      .timeout(Duration.ofSeconds(10)).GET().build()
  def body = null
  def deadline = System.nanoTime() + timeout.toNanos()
  while (body == null && System.nanoTime() < deadline && web.isAlive()) {
    try {
      def response = client.send(request, HttpResponse.BodyHandlers.ofString())
      if (response.statusCode() == 200) {
        body = response.body()
      } else {
        Thread.sleep(500)
      }
    } catch (IOException notYet) {
      Thread.sleep(500)
    }
  }
  assert body != null : "GET /actuator/migrations never answered:\n${web.output()}"
  def json = new groovy.json.JsonSlurper().parseText(body)
  assert json.current == [revision] : body
  assert json.applied*.revision == [revision] : body
  assert json.applied[0].message == 'create library' : body
  assert json.applied[0].appliedAt : body
  assert json.pending == [] && json.failed == [] && json.problems == [] && json.upToDate == true : body
} finally {
  web.close()
}

// validate-on-start on a fresh database: the start fails, naming the pending migration.
def behindDir = new File(basedir, 'target/h2-behind')
behindDir.deleteDir()
(exit, out) = run('validate-on-start', args("jdbc:h2:file:${behindDir}/library".toString(), 'sa', '') +
    ['--migrations.validate-on-start=true'])
assert exit != 0 : out
assert out.contains("PENDING: migration ${revision}") : out
assert !out.contains('LIBRARY READY') : out

// PostgreSQL and MariaDB, each in a fresh database; two instances at once on the first server that answers.
def vars = binding.variables
def servers = [
    ['PostgreSQL', vars.postgresqlServer ?: 'jdbc:postgresql://127.0.0.1:5432', vars.postgresqlUser ?: 'postgres', vars.postgresqlPassword ?: ''],
    ['MariaDB', vars.mariadbServer ?: 'jdbc:mariadb://127.0.0.1:3306', vars.mariadbUser ?: 'root', vars.mariadbPassword ?: '']]
def raced = false
servers.each { label, serverUrl, user, password ->
  def server = DatabaseServer.of(serverUrl + '/', user, password)
  if (!server.reachable()) {
    def message = "SKIPPED on ${label}: not reachable at ${serverUrl} as user '${user}'; spring-boot-start ran without it." +
        " Start the server to run it (docs/integration-tests.md)."
    org.slf4j.LoggerFactory.getLogger('org.jpamigrations.it').warn(message)  // the console
    println message                                                           // the project's build.log
    return
  }
  def name = label.toLowerCase()
  server.recreate('it_spring_boot_start')
  def url = server.urlOf('it_spring_boot_start')
  // One transaction for the start-up's migrations: PostgreSQL's DDL takes part in it, MariaDB's cannot, and says so.
  def (code, output) = run(name, args(url, user, password) + ['--migrations.group=true'])
  started(name, code, output)
  assert output.contains("to revision ${revision}.") : output
  assert output.contains('migrations.group has no effect on MariaDB') == (label == 'MariaDB') : output
  assert history(server.connect(url)) == [revision]
  server.recreate('it_spring_boot_start_expected')
  def expectedUrl = server.urlOf('it_spring_boot_start_expected')
  assert HibernateCreated.differences(jar, name, args(expectedUrl, user, password),
      { server.connect(expectedUrl) }, { server.connect(url) }, timeout) == []
  println "spring-boot-start on ${label}: migrated to ${revision}, validated by Hibernate, and the same as the schema Hibernate creates."

  if (!raced) {
    raced = true
    server.recreate('it_spring_boot_start_race')
    def raceUrl = server.urlOf('it_spring_boot_start_race')
    def first = jar.start("${name}-race-1", args(raceUrl, user, password) as String[])
    def second = jar.start("${name}-race-2", args(raceUrl, user, password) as String[])
    try {
      [first, second].each { app ->
        int appExit = app.waitFor(timeout)
        started(app.name(), appExit, app.output())
      }
    } finally {
      first.close()
      second.close()
    }
    // The database lock lets one instance apply the migration; the other finds it done.
    assert history(server.connect(raceUrl)) == [revision]
    def upgraded = [first, second].count { it.output().contains("to revision ${revision}.") }
    assert upgraded == 1 : "expected one instance to upgrade:\n${first.output()}\n----\n${second.output()}"
    def waited = [first, second].count { it.output() =~ /Nothing to upgrade: \S+ is at revision ${revision}/ }
    assert waited == 1 : "expected the other to find the migration applied:\n${first.output()}\n----\n${second.output()}"
    println "spring-boot-start on ${label}: two instances at once applied ${revision} once."
  }
}
return true
