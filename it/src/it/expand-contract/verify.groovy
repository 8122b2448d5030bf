// What generate wrote for the expand/contract pair, and what upgrade said when it held the contract back.
def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/java/com/example/db/migrations')
def generated = migrations.listFiles().findAll { it.name.startsWith('M') && it.name.endsWith('.java') }.sort { it.name }
assert generated.size() == 3 : "expected three migrations, found ${generated*.name}"
def expand = generated[1].text
def contract = generated[2].text
def up = { text -> text.substring(text.indexOf('void up('), text.indexOf('void down(')) }

// expand: the new name beside the old one, filled from it; what v2 no longer writes stops being NOT NULL
assert up(expand).contains('op.addColumn("customers", column("full_name", varchar(255)));')
assert up(expand).contains('op.copyValues("customers", "fullname", "full_name");')
assert up(expand).contains('nickname')
assert !up(expand).contains('dropColumn') && !up(expand).contains('dropTable')
assert !expand.contains('contract = true')

// contract: the rows v1 wrote since, then the drops, flagged; held back by upgrade until asked for
assert contract.contains('contract = true')
assert up(contract).indexOf('op.copyValues("customers", "fullname", "full_name");') < up(contract).indexOf('op.dropColumn("customers", "fullname");')
assert up(contract).contains('op.dropColumn("customers", "nickname");')
assert up(contract).contains('op.dropTable("Visit");')
assert contract.contains('DESTRUCTIVE')
assert log.contains('The change breaks the application version still running, so it is split')
assert log.contains('Held back contract migration')
assert log.contains('contract, held back until the next release (or migrations.contract=true)')
return true
