// The failure, the problem status reports, the refusal, the repair, the pending gate, the dry run and the
// upgrade, each said plainly.
def log = new File(basedir, 'build.log').text

assert log.contains('M20260101000001_Shipping') && log.contains('failed at statement 3 of 3')        // 1: fails half-way
assert log.contains('records it as FAILED')
assert log.contains('FAILED: migration 20260101000001')                                             // 2: a problem,
assert log.contains('problem(s) (listed above) and migrations.failOnProblems is set')                //    and a gate
assert log.contains('left the database half-way') && log.contains('mvn migrations:repair')         // 3: refused
assert log.contains('Cleared the failed entry of migration 20260101000001')                         // 5: repair
assert log.contains('migration(s) pending (listed above) and migrations.failOnPending is set')      // 6: pending gate
assert log.contains('create table shipment') && log.contains('Dry run:')                            // 7: dry run
assert log.contains('Nothing was changed')
assert log.contains('Upgraded ') && log.contains('to revision 20260101000001')                      // 8: upgrade
assert !(log =~ /\n\s+at org\.jpamigrations\./) : 'no stack traces without -e'
return true
