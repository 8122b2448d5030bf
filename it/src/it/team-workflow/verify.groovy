// What the log and the project show after the team's workflow.
def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/java/com/example/db/migrations')

// 1: two heads drawn, then merged by a migration that follows both
assert log.contains('* | 20260102000000 (head)  add email')
assert log.contains('  * 20260102000001 (head)  create tag')
def merge = migrations.listFiles().find { it.name.contains('_Merge') }
assert merge != null : "no merge migration in ${migrations.list()}"
assert merge.text.contains('parent = {"20260102000000", "20260102000001"}')

// 2: upgrade runs both branches and the merge; history marks the current revision; status and validate agree
assert log.contains('Applied  20260101000000')
assert log.contains('Applied  20260102000000')
assert log.contains('Applied  20260102000001')
assert log.contains('|/')
assert log =~ /\* \d{14} \(head, current, merge of 20260102000000, 20260102000001\)/
assert log.contains('Entities: no changes beyond the migrations')
assert log =~ /Valid: jdbc:\w+:\S*it_team_workflow /

// 3: check fails on the new column, 4-5: passes once generate wrote its migration
assert log.contains('no migration captures') && log.contains('phone')
assert log.contains('The migrations capture every entity change')
assert migrations.listFiles().any { it.name.endsWith('_AddPhone.java') }

// 5: the script for the DBA
def sql = new File(basedir, 'upgrade.sql').text
assert sql.contains('create table if not exists jpa_migrations_history')
assert sql.contains("insert into jpa_migrations_history")

// 7: an empty database is not stamped; 9-10: the legacy one is, then upgraded and valid
assert log =~ /Refusing to stamp jdbc:\S+it_team_workflow_empty/
assert log =~ /Stamped jdbc:\S+it_team_workflow_legacy as \w+ at 20260101000000/
assert log =~ /Valid: jdbc:\S+it_team_workflow_legacy/
// (Maven's own checksum warnings print stack traces through the mojos: look for ours only)
assert !log.contains('org.jpamigrations.migration.MigrationException') : 'no stack traces without -e'
return true
