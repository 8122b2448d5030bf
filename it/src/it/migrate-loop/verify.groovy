// What the build log and the project must show after the whole loop.
def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/java/com/example/db/migrations')

assert new File(migrations, 'package-info.java').isFile()
def generated = migrations.listFiles().findAll { it.name.startsWith('M') && it.name.endsWith('.java') }.sort { it.name }
assert generated.size() == 2 : "expected two migrations, found ${generated*.name}"
assert generated[0].name.endsWith('_CreateShopTables.java')
assert generated[1].name.endsWith('_AddAddressesAndTags.java')

// generate with no change writes nothing and says so
assert log.contains('No changes detected')

// dropping PurchaseOrder.note is flagged in the file and in the log
def second = generated[1].text
assert second.contains('DESTRUCTIVE')
assert log.contains('DESTRUCTIVE')
assert second.contains('op.dropColumn("PurchaseOrder", "note")')

// run on its own (as an IDE runner does), upgrade builds the project first
assert log.contains('Building the project up to process-classes first')

// a misspelt property is named, with the one meant (step 3)
assert log.contains('Unknown property migrations.mesage: no goal reads it. Did you mean migrations.message?')

// one line per applied migration
assert log.contains('Applied ')
assert log.contains('Reverted')
return true
