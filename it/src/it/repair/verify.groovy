// The failure, the refusal, the repair, the dry run and the upgrade, each said plainly.
def log = new File(basedir, 'build.log').text

assert log.contains('M20260101000001_Shipping') && log.contains('failed at statement 3 of 3')        // 1: fails half-way
assert log.contains('records it as FAILED')
assert log.contains('left the database half-way') && log.contains('mvn migrations:repair')         // 2: refused
assert log.contains('Cleared the failed entry of migration 20260101000001')                         // 4: repair
assert log.contains('create table shipment') && log.contains('Dry run:')                            // 5: dry run
assert log.contains('Nothing was changed')
assert log.contains('Upgraded ') && log.contains('to revision 20260101000001')                      // 6: upgrade
assert !(log =~ /\n\s+at org\.jpamigrations\./) : 'no stack traces without -e'
return true
