// Spotless's check ran and accepted what init and generate wrote, with no formatter run.
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 2 && runs.every { it.contains('BUILD SUCCESS') }
assert runs[1].contains('spotless:3.11.0:check') && runs[1].contains('0 needs changes to be clean') : 'the check ran'
assert !log.contains('unformatted') : 'every file was formatted'
def migrations = new File(basedir, 'src/main/java/com/example/db/migrations')
def migration = migrations.listFiles().find { it.name.endsWith('_CreateNotes.java') }
assert migration != null : "no migration in ${migrations.list()}"
assert new File(migrations, 'package-info.java').isFile()
// AOSP's layout of the builder chain, not the plugin's own.
assert migration.text.contains('op.createTable(\n                table("Note")\n                        .column(')
return true
