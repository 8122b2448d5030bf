// What the build log and the generated migrations must show after the rename loop.
def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/java/com/example/db/migrations')
def generated = migrations.listFiles().findAll { it.name.startsWith('M') && it.name.endsWith('.java') }.sort { it.name }
assert generated.size() == 2 : "expected two migrations, found ${generated*.name}"
def second = generated[1].text

// the hints give renames, not drops and adds
assert second.contains('op.renameTable("customers", "client")')
assert second.contains('op.renameColumn("client", "fullname", "full_name")')
assert !second.contains('op.dropTable("customers")')
assert !second.contains('op.dropColumn("client", "fullname")')

// NOT NULL with a default: existing rows get the default before the column becomes NOT NULL
assert second.contains("op.fillNulls(\"client\", \"email\", \"'unknown'\")")

// the unhinted rename is a drop and an add, warned about in the file and in the log
def warning = 'Column Ticket.text is dropped and Ticket.body added: if this is a rename, mark the field @RenamedFrom("text")'
assert second.contains('// WARNING: Column Ticket.text is dropped and Ticket.body added')
assert log.contains(warning)

// the hints stay in the code and do nothing once the rename is recorded
assert log.contains('No changes detected')
return true
