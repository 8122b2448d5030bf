// The last build (verify) compiled once, migrated in pre-integration-test, and the IT saw the tables.
def log = new File(basedir, 'build.log').text
def builds = log.split(/\[INFO\] Scanning for projects\.\.\./)
def lastBuild = builds[builds.length - 1]

def compiles = (lastBuild =~ /compiler:[^:]+:compile \(default-compile\)/).size()
assert compiles == 1 : "the lifecycle compiles once; compile ran ${compiles} times"
assert lastBuild =~ /migrations:[^:]+:upgrade \(migrate-test-database\)/
assert !lastBuild.contains('Building the project up to process-classes') : 'bound to a phase, upgrade must not build again'
assert lastBuild.contains('Applied ')
assert lastBuild =~ /Tests run: 1, Failures: 0, Errors: 0/
assert lastBuild.contains('BUILD SUCCESS')
return true
