// Runs the migrations-cli jar as a user runs it, a separate java -jar process per command, against the
// application the build made: first its Spring Boot jar, then its plain jar with target/lib/*. On PostgreSQL when
// it answers (a fresh database it_cli), else on H2, and says so. Then the errors a user meets, each of which must
// be one line on stderr and a non-zero exit code.
import groovy.json.JsonSlurper
import java.util.concurrent.TimeUnit

def target = new File(basedir, 'target')
def cliJar = new File(localRepositoryPath, 'org/jpamigrations/migrations-cli').listFiles().collectMany { version ->
  version.listFiles().findAll { it.name ==~ /migrations-cli-[0-9][^-]*(-SNAPSHOT)?\.jar/ } as List
}.with { assert it.size() == 1 : "expected one migrations-cli jar in the local repository, found ${it}"; it[0] }
def bootJar = new File(target, 'library-1.0-boot.jar')
def plainJar = new File(target, 'library-1.0.jar')
assert bootJar.isFile() && plainJar.isFile() && new File(target, 'lib').isDirectory()
def migration = new File(basedir, 'src/main/java/com/example/db/migrations').listFiles()
    .find { it.name ==~ /M\d+_CreateLibrary\.java/ }
assert migration : 'generate wrote no migration'
def revision = (migration.name =~ /M(\d+)_/)[0][1]

// The database: PostgreSQL through the it module's DatabaseServer, with the driver the application ships.
def pgServer = binding.hasVariable('postgresqlServer') ? postgresqlServer : 'jdbc:postgresql://127.0.0.1:5432'
def pgUser = binding.hasVariable('postgresqlUser') ? postgresqlUser : 'postgres'
def pgPassword = binding.hasVariable('postgresqlPassword') ? (postgresqlPassword ?: '') : ''
def itJar = new File(localRepositoryPath, 'org/jpamigrations/migrations-it').listFiles()
    .collectMany { v -> v.listFiles().findAll { it.name ==~ /migrations-it-[0-9][^-]*(-SNAPSHOT)?\.jar/ } as List }[0]
def pgDriver = new File(target, 'lib').listFiles().find { it.name.startsWith('postgresql-') }
def oracle = new URLClassLoader([itJar, pgDriver].collect { it.toURI().toURL() } as URL[], getClass().classLoader)
def serverType = oracle.loadClass('org.jpamigrations.it.oracle.DatabaseServer')
def server = serverType.getMethod('of', String, String, String).invoke(null, pgServer + '/', pgUser, pgPassword)
def onPostgresql = server.reachable()
String url
if (onPostgresql) {
  server.recreate('it_cli')
  url = pgServer + '/it_cli'
  println "The CLI runs on PostgreSQL: ${url}"
} else {
  url = "jdbc:h2:file:${target}/db/cli"
  def message = "SKIPPED on PostgreSQL: not reachable at ${pgServer} as user '${pgUser}'; the CLI runs on H2" +
      " (${url}) instead. Start PostgreSQL to run it there (docs/integration-tests.md)."
  org.slf4j.LoggerFactory.getLogger('org.jpamigrations.it').warn(message)  // the console
  println message                                                           // the project's build.log
}
def user = onPostgresql ? pgUser : 'sa'

def java = new File(System.getProperty('java.home'), 'bin/java').path
def logs = new File(target, 'cli-runs')
logs.mkdirs()
int runs = 0
// One CLI process, killed after a minute; returns its exit code and output.
def cli = { List<String> args ->
  def name = String.format('%02d-%s', ++runs, args[0])
  def out = new File(logs, name + '.out')
  def err = new File(logs, name + '.err')
  def builder = new ProcessBuilder([java, '-jar', cliJar.path] + args).directory(basedir)
      .redirectOutput(out).redirectError(err)
  builder.environment().put('MIGRATIONS_PASSWORD', onPostgresql ? pgPassword : '')
  def process = builder.start()
  if (!process.waitFor(60, TimeUnit.SECONDS)) {
    process.destroyForcibly()
    throw new AssertionError("migrations-cli ${args} did not end within 60 seconds")
  }
  def result = [code: process.exitValue(), out: out.text, err: err.text]
  println "migrations ${args.join(' ')} -> exit ${result.code}\n${result.out}${result.err}"
  result
}
def connection = { String classpath -> ['--url', url, '--user', user, '--package', 'com.example.db.migrations',
    '--classpath', classpath] }

// The loop, with the Spring Boot jar and with the plain jar and its libraries.
def appliedRevisions = { String json -> new JsonSlurper().parseText(json).applied*.revision }
[boot: bootJar.path, plain: plainJar.path + File.pathSeparator + new File(target, 'lib').path + File.separator + '*']
    .each { kind, classpath ->
  // The plain jar's run shares one transaction: on PostgreSQL it does, on H2 the run says it cannot.
  def group = kind == 'plain' ? ['--group'] : []
  def up = cli(['upgrade'] + group + connection(classpath))
  assert up.code == 0 : "upgrade with the ${kind} jar: ${up.err}"
  assert up.out.contains("Applied  ${revision}") && up.out.contains('"create library"')
  assert up.err.contains('--group has no effect on H2') == (kind == 'plain' && !onPostgresql) : up.err

  def status = cli(['status', '--json', '--fail-on-pending'] + connection(classpath))
  assert status.code == 0 : status.err
  def json = new JsonSlurper().parseText(status.out)
  assert json.applied*.revision == [revision] && json.applied[0].status == 'APPLIED'
  assert json.current == [revision] && json.pending == [] && json.upToDate == true

  def down = cli(['downgrade', '--target', 'base'] + group + connection(classpath))
  assert down.code == 0 : down.err
  assert down.out.contains("Reverted ${revision}")

  def after = cli(['status', '--json'] + connection(classpath))
  assert after.code == 0 && appliedRevisions(after.out) == []
  assert new JsonSlurper().parseText(after.out).pending*.revision == [revision]
}

// The script for a DBA, from the Spring Boot jar, with no database.
def script = cli(['sql', '--dialect', 'postgresql', '--package', 'com.example.db.migrations', '--classpath',
    bootJar.path])
assert script.code == 0 : script.err
assert script.out.startsWith('-- Upgrade for') && script.out.contains('create table') && script.out.contains(revision)

// Errors: a non-zero exit code and one line on stderr that says what is wrong, never a stack trace.
def plain = plainJar.path + File.pathSeparator + new File(target, 'lib').path + File.separator + '*'
def failsWith = { String what, int code, List<String> args, String expected ->
  def result = cli(args)
  def lines = result.err.readLines().findAll { it.trim() }
  assert result.code == code : "${what}: exit ${result.code}, expected ${code}"
  assert lines.size() == 1 : "${what}: expected one line on stderr, got ${lines}"
  assert lines[0].startsWith('Error: ') && lines[0].contains(expected) : "${what}: ${lines[0]}"
  assert !result.err.contains('\tat ') && !result.err.contains('Exception in thread')
}
def withUrl = { String otherUrl, List<String> more = [] ->
  ['status', '--url', otherUrl, '--user', user, '--package', 'com.example.db.migrations', '--classpath', plain] + more
}
if (onPostgresql) {
  // PostgreSQL here trusts local connections, so a wrong password would be accepted: a user and a database
  // that do not exist stand for wrong credentials.
  failsWith('unknown user', 1, withUrl(url).collect { it == user ? 'no_such_user' : it },
      'role "no_such_user" does not exist')
  failsWith('unknown database', 1, withUrl(pgServer + '/it_cli_no_such_database'),
      'database "it_cli_no_such_database" does not exist')
} else {
  failsWith('unknown database', 1, withUrl("jdbc:h2:file:${target}/db/no-such-database;IFEXISTS=TRUE"),
      'Cannot connect to')
}
failsWith('unreachable database', 1, withUrl('jdbc:postgresql://127.0.0.1:1/it_cli'), 'Cannot connect to')
failsWith('unknown target', 1, ['upgrade', '--target', '20990101000000'] + connection(plain), '20990101000000')
failsWith('missing --package', 2, ['upgrade', '--url', url, '--classpath', plain], 'Missing --package')
failsWith('misspelt package', 1, ['upgrade'] + connection(plain).collect {
  it == 'com.example.db.migrations' ? 'com.example.db.migration' : it }, 'No migration in package com.example.db.migration')
failsWith('classpath without the runtime', 2, ['upgrade'] + connection(new File(basedir, 'src').path),
    'holds no migrations runtime')
return true
