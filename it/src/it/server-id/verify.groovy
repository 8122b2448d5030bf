// The encrypted password opened the database; no password shows anywhere in the log, even with -X.
def log = new File(basedir, 'build.log').text

assert log.contains('Applied  20260101000000')                                          // 1: server credentials
assert log.contains('serverId = h2-db')                                                   //    -X lists the parameters
assert log.contains('Cannot connect to jdbc:h2:file:')                                    // 2: the database has a password
assert log.contains("No <server> with id 'no-such-server'")                               // 3: unknown server
assert log.contains('Reverted 20260101000000')                                            // 4: server credentials again
assert log.count('Applied  20260101000000') == 2                                          // 5: MIGRATIONS_PASSWORD
assert !log.contains('h2-s3cret-pw') : 'the decrypted password is never shown'
assert !log.contains('not-the-pw-7') : 'a password given directly is never shown'
return true
