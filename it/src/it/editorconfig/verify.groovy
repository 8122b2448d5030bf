// The generated files are laid out as the project's .editorconfig says, and its own check accepted them.
def log = new File(basedir, 'build.log').text
assert log.contains('editorconfig:0.1.3:check') && log.contains('Checked 4 files') : 'the check read the four Java files'
def migrations = new File(basedir, 'src/main/java/com/example/db/migrations')
def migration = migrations.listFiles().find { it.name.endsWith('_CreateNotes.java') }
assert migration != null : "no migration in ${migrations.list()}"
[migration, new File(migrations, 'package-info.java')].each { file ->
  def text = file.getText('UTF-8')
  assert text.endsWith('\r\n') : "${file.name} ends without CRLF"
  assert !text.replace('\r\n', '').contains('\n') : "${file.name} has a bare LF"
}
def text = migration.getText('UTF-8')
assert text.contains('\r\n\tpublic void up(Operations op) {\r\n\t\top.createTable(')
assert !(text =~ /(?m)^ {4}/) : 'indented with spaces'
assert new File(migrations, 'migration.java.template').text.contains('\tpublic void up(Operations op) {')
return true
