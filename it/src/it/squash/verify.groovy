// What the log and the project show after squashing the first three of four migrations.
def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/java/com/example/db/migrations')

// 2: one migration replaces three, with the difference they make rather than their four steps
def squash = migrations.listFiles().find { it.name.contains('_Squash') }
assert squash != null : "no squash migration in ${migrations.list()}"
assert squash.text.contains('replaces = {"20260101000001", "20260101000002", "20260101000003"}')
assert !squash.text.contains('parent =') : 'the squash follows what the first original follows: nothing'
assert log.contains('it replaces the 3 migrations 20260101000001 to 20260101000003, with 3 operations instead of 4')
def revision = (squash.text =~ /id = "(\d{14})"/)[0][1]

// 3: the database half-way through the originals goes on with them
assert log.contains('Applied  20260101000003')
// 4: the fresh one runs the squash and what follows it
assert log.contains("Applied  ${revision}")
assert log =~ /Valid: jdbc:\S+it_squash_fresh /
// 5: with the originals deleted, the rows of the half-way database count as the squash
assert log.contains('The migrations capture every entity change')
assert log.findAll(/Valid: jdbc:\S+it_squash /).size() == 2
// 6: undoing the squash there undoes what the originals did
assert log.contains("Reverted ${revision}")
assert log.contains("Reverted 20260101000004")
assert !log.contains('org.jpamigrations.migration.MigrationException') : 'no stack traces without -e'
return true
