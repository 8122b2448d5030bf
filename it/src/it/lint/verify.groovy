// What the log and the generated migration show of the safety review.
def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/java/com/example/db/migrations')

// 1: the new index on a table with rows is a CAUTION on PostgreSQL, in the log and above its step
def generated = migrations.listFiles().find { it.name.endsWith('_IndexEmail.java') }
assert generated != null : "no generated migration in ${migrations.list()}"
assert generated.text =~ /(?s)\/\/ CAUTION JM401 on postgresql: CREATE INDEX blocks every write.*docs\/lint\.md#jm401\.\n\s+op\.createIndex\("Customer"/
assert log.contains('CAUTION JM401 on postgresql at step 1: create index idx_customer_email on Customer')
// JM408 is about the migration as a whole: a line of the log, not a comment on every step
assert !generated.text.contains('JM408')
assert log.contains('Steps of it lock tables in use: on PostgreSQL, give it @LockTimeout(value = "2s", retries = 5)')

// 2: the dropped column fails the review, which names the rule, its page and the fix
assert log.contains('20260101000002 (M20260101000002_DropFax, "drop fax"): DANGER JM102 at step 1: drop column Customer.fax')
assert log.contains('1 finding reaches migrations.lint.failOn=danger, first JM102 (docs/lint.md#jm102)')
assert log.contains('@Acknowledge(rule = "JM102", reason = "...")')

// 3: acknowledged, it is still shown, with the reason, and passes
assert log.contains('Acknowledged: no release reads fax since 2.3')
assert log.contains('Lint: 3 migrations reviewed for every database: 0 danger, 0 caution, 1 acknowledged.') ||
    log =~ /Lint: 3 migrations reviewed for every database: 0 danger, \d+ caution, 1 acknowledged\./

// 4: for PostgreSQL alone, the index's CAUTION fails a build that fails on caution
assert log.contains('finding reaches migrations.lint.failOn=caution, first JM401 (docs/lint.md#jm401)') ||
    log.contains('findings reach migrations.lint.failOn=caution, first JM401 (docs/lint.md#jm401)')
// 5, 6: before the table exists, its size is unknown; once created (and empty), the H2 statistics say so: "empty"
// where the finding is about locks or rows, "about 0 rows" where it loses data
assert log.contains('Table sizes from the statistics of')
assert log.contains('CAUTION JM401 on postgresql at step 1: create index idx_customer_email on Customer[email] (Customer: empty)')
assert log.contains('DANGER JM102 at step 1: drop column Customer.fax (Customer: about 0 rows)')
assert log.contains('Lint: 2 migrations reviewed for postgresql')
// 7: the branch's migrations alone, the dropped fax (committed on the branch) and the generated index (not yet)
assert log.contains('Reviewing the 2 migrations this branch adds or changes against main (migrations.lint.base)')
assert log.contains('Lint: 2 migrations reviewed for every database: 1 danger')
// 8: by default, without a database that answers, the same two, saying why
assert log =~ /Reviewing the 2 migrations this branch adds or changes against main, as the database cannot tell which are pending \(.*\) \(migrations\.lint\.migrations=all reviews every one\)/
assert !log.contains('org.jpamigrations.migration.MigrationException') : 'no stack traces without -e'
return true
