// Each bad input fails its module with one line that names the thing, the cause and the fix, no stack trace,
// and leaves the module's database as it was: empty.
def log = new File(basedir, 'build.log').text
def expected = [
    'url-without-jdbc'               : 'does not start with jdbc: set migrations.url to a JDBC URL',
    'url-without-driver'             : 'No JDBC driver for jdbc:nosuch://db/app among the project\'s dependencies. Add',
    'url-unreachable'                : 'Cannot connect to jdbc:h2:tcp://127.0.0.1:1/nowhere as sa',
    'url-unreachable-masks-password' : 'Cannot connect to jdbc:h2:tcp://127.0.0.1:1/nowhere;PASSWORD=*** as sa',
    'upgrade-package-misspelt'       : 'No migration in package com.acme.nope on the class path. Check migrations.package',
    'upgrade-target-unknown'         : 'Unknown revision 20990101000000. Known revisions: 20260101000000',
    'upgrade-target-base'            : 'Cannot upgrade to base',
    'upgrade-dialect-unknown'        : 'Unknown SQL dialect \'nosql\': use one of h2, postgresql',
    'upgrade-server-missing'         : 'No <server> with id \'no-such-server\' in Maven\'s settings.xml',
    'upgrade-lock-timeout-negative'  : 'migrations.lockTimeout is -5: give the seconds to wait',
    'downgrade-package-misspelt'     : 'No migration in package com.acme.nope',
    'downgrade-target-unknown'       : 'Unknown revision 20990101000000',
    'repair-package-misspelt'        : 'No migration in package com.acme.nope',
    'status-package-misspelt'        : 'No migration in package com.acme.nope',
    'status-pending-gate'            : '1 migration(s) pending (listed above) and migrations.failOnPending is set',
    'validate-package-misspelt'      : 'No migration in package com.acme.nope',
    'validate-url-unreachable'       : 'Cannot connect to jdbc:h2:tcp://127.0.0.1:1/nowhere',
    'stamp-base'                     : 'Cannot stamp base',
    'stamp-empty-database'           : 'it has no tables, so recording migrations as applied would lie about it',
    'stamp-target-unknown'           : 'Unknown revision 20990101000000',
    'history-package-misspelt'       : 'No migration in package com.acme.nope',
    'sql-direction-unknown'          : 'Unknown migrations.direction sideways: use up or down',
    'sql-dialect-unknown'            : 'Unknown SQL dialect \'nosql\'',
    'sql-target-unknown'             : 'Unknown revision 20990101000000',
    'sql-package-misspelt'           : 'No migration in package com.acme.nope',
    'generate-package-missing'       : 'The migrations package com.acme.nope does not exist',
    'generate-dialect-unknown'       : 'Unknown SQL dialect \'nosql\'',
    'check-naming-strategy-unknown'  : 'Unable to resolve name [com.acme.NoSuchStrategy] as strategy',
    'check-implicit-strategy-unknown': 'Unable to resolve name [com.acme.NoSuchStrategy] as strategy',
    'check-dialect-unknown'          : 'Unknown SQL dialect \'nosql\'',
    'merge-one-head'                 : 'Nothing to merge: the migrations have a single head',
    'init-package-invalid'           : 'migrations.package \'com.1bad\' is not a Java package name',
]
def modules = new File(basedir, 'cases').listFiles().findAll { it.isDirectory() }*.name.sort()
assert modules == expected.keySet().sort() : 'every case has its expectation'
assert expected.size() >= 30

// Maven's summary of a fail-at-end run: one line a failed module, the message on that line.
def failures = [:]
(log =~ /(?m)^\[ERROR\] Failed to execute goal \S+ \(bad-input\) on project ([\w-]+): (.*)$/).each { failures[it[1]] = it[2] }
expected.each { module, words ->
  def message = failures[module]
  assert message != null : "${module} did not fail"
  assert message.contains(words) : "${module}: ${message}"
  assert message.endsWith(' -> [Help 1]') : "${module}: the message is not one line: ${message}"
}
assert !(log =~ /\n\s+at (org\.jpamigrations|org\.hibernate|org\.h2)\./) : 'no stack traces without -e'
assert !log.contains('s3cret-in-url') : 'a password in the URL is masked'

// Nothing was created: each database file, where the goal opened one, holds no table.
modules.each { module ->
  def file = new File(basedir, "cases/${module}/db/case.mv.db")
  if (file.exists()) {
    def props = new Properties()
    props.user = 'sa'
    props.password = ''
    def connection = new org.h2.Driver().connect("jdbc:h2:file:${basedir}/cases/${module}/db/case".toString(), props)
    try {
      def tables = connection.metaData.getTables(null, 'PUBLIC', '%', ['TABLE'] as String[])
      assert !tables.next() : "${module} changed its database"
    } finally {
      connection.close()
    }
  }
}
return true
