// Each goal says whether it builds first and why; the slow step shows every build that really ran.
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 6 : "six Maven runs, got ${runs.size()}"
runs.each { assert it.contains('BUILD SUCCESS') : it }

def slow = { String run -> (run =~ /SLOW STEP RAN/).size() }
def building = { String run -> (run =~ /Building the project up to process-classes first/).size() }
def notBuilding = { String run -> (run =~ /Not building the project first: the classes are newer than the sources/).size() }

// 1: init reads no classes; generate finds none and builds.
assert building(runs[0]) == 1 && slow(runs[0]) == 1 && runs[0].contains('no compiled classes')
// 2: generate wrote a migration since: upgrade builds, to compile it, and applies it.
assert building(runs[1]) == 1 && slow(runs[1]) == 1 && runs[1].contains('Applied ')
// 3: nothing changed: status reads the classes as they are, and the slow step does not run.
assert building(runs[2]) == 0 && notBuilding(runs[2]) == 1 && slow(runs[2]) == 0
assert runs[2].contains('Entities: no changes beyond the migrations')
// 4: an edited entity: status builds again, and reads the new field, though run 3 kept the mapping it read.
assert building(runs[3]) == 1 && slow(runs[3]) == 1 && runs[3].contains('Note.java changed since the last build')
def newField = /(?m)^\[WARNING\]   add column Note\.title/
assert runs[3].contains('Entities: 1 change(s) no migration captures yet') && runs[3] =~ newField : runs[3]
// 5: compile on the command line builds once, and status does not build a second time.
assert building(runs[4]) == 0 && notBuilding(runs[4]) == 0 && slow(runs[4]) == 1
// 6: nothing changed since: the mapping the last read kept is taken, with the same finding.
assert building(runs[5]) == 0 && slow(runs[5]) == 0
assert runs[5].contains('kept from its last read: the classes, class path and settings are unchanged')
assert runs[5] =~ newField
// git-commit-id-maven-plugin adds git.* to the build's properties as it runs (it found the repository when it wrote
// git.properties): the record of the last build holds the command line's properties, not those, or run 3 above
// would have built again.
def stamp = new File(basedir, 'target/maven-status/jpa-migrations/build-inputs.txt').text
assert !stamp.contains('git.') : stamp
if (new File(basedir, 'target/classes/git.properties').isFile()) {
  println 'git-commit-id-maven-plugin found the repository and added its properties'
}
return true
