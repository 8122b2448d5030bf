// Each failure names the thing, the cause and the fix, without a stack trace.
def log = new File(basedir, 'build.log').text

assert log.contains('does not exist') && log.contains('migrations:init')             // 1: package missing
assert log.contains('already exists')                                                 // 3: init twice
assert log.contains('No @Entity classes found')                                       // 4: no entities
assert log.contains('nope')                                                           // 5: broken mapping, named
assert log.contains('Cannot connect to jdbc:h2:tcp://127.0.0.1:1/nowhere')            // 6: unreachable
assert !log.contains('s3cret-pw')                                                     //    password never shown
assert log.contains('Unknown revision 20990101000000')                                // 7: unknown target
assert log.contains('2026010100000A') && log.contains('2026010100000B')             // 8: two heads, both named
assert log.contains('migrations:merge')
assert log.contains('M20260101000000_Broken') && log.contains('settings file missing') // 9: class fails to load
assert log.contains('M20260101000001_Failing') && log.contains('no_such_table')        // 10: failing statement
assert log.contains('No migration in package com.acme.nope on the class path')          // 12: misspelt package
assert !(log =~ /\n\s+at org\.jpamigrations\./) : 'no stack traces without -e'
return true
