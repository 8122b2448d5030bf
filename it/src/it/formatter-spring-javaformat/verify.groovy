// spring-javaformat's validate accepted what init and generate wrote, with no formatter run.
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 2 && runs.every { it.contains('BUILD SUCCESS') }
// generate built first, validate included, after init wrote package-info.java; the last build validated the migration.
assert runs[0].contains('Building the project up to process-classes first') : 'generate built first'
assert runs[1].contains('spring-javaformat:0.0.47:validate') : 'validate ran'
assert !log.contains('unformatted') : 'every file was formatted'
def migrations = new File(basedir, 'src/main/java/com/example/db/migrations')
def migration = migrations.listFiles().find { it.name.endsWith('_CreateNotes.java') }
assert migration != null : "no migration in ${migrations.list()}"
assert new File(migrations, 'package-info.java').isFile()
// spring-javaformat indents with tabs.
assert migration.text.contains('\n\tpublic void up(Operations op) {\n\t\top.createTable(')
return true
