// Shared by the formatter-* projects' verify.groovy: init and generate ran in the first build, which built first
// (so a check bound to an early phase saw package-info.java), the second build ran the formatter's check
// (checkGoal) and both succeeded, and no file was left unformatted. Returns the migration's text.
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 2 && runs.every { it.contains('BUILD SUCCESS') }
assert runs[0].contains('Building the project up to process-classes first') : 'generate built first'
assert runs[1].contains(checkGoal) : "${checkGoal} ran"
assert !log.contains('unformatted') : 'every file was formatted'
def migrations = new File(basedir, 'src/main/java/com/example/db/migrations')
assert new File(migrations, 'package-info.java').isFile()
def migration = migrations.listFiles().find { it.name.endsWith('_CreateNotes.java') }
assert migration != null : "no migration in ${migrations.list()}"
return migration.getText('UTF-8')
