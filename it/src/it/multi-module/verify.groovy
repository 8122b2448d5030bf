// Each goal, run at the root, works where the migrations are and says so of every other module.
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 5 : "five Maven runs, got ${runs.size()}"
runs.take(4).each { assert it.contains('BUILD SUCCESS') : it }

def migrations = 'src/main/java/com/acme/db/migrations'
def parentLine = { String goal, String where -> "Nothing to do in shop-parent, a pom module: ${goal} works in ${where}." }

// 1: init creates the package beside the entities, in the domain module alone.
assert runs[0].contains(parentLine('init', 'shop-domain'))
assert runs[0].contains('Nothing to do in shop-app: it has no entity classes, shop-domain has them. To run init here'
    + ' alone: mvn -pl :shop-app migrations:init.')
assert new File(basedir, "domain/${migrations}/package-info.java").isFile()
assert !new File(basedir, "app/${migrations}").exists()
assert !new File(basedir, migrations).exists()
assert runs[0].contains('Nothing to do in shop-common: it has no entity classes, shop-domain has them.')
assert !new File(basedir, "common/${migrations}").exists()

// 2: generate writes the migration there; the application module has no package of its own.
assert runs[1].contains(parentLine('generate', 'shop-domain'))
assert runs[1].contains('Nothing to do in shop-app: it has no migrations package, shop-domain has one.')
// The application module depends on the common one, which the goal passes over but builds, so that Maven can
// give the application module its classes.
assert runs[1].contains('Nothing to do in shop-common: it has no migrations package, shop-domain has one.')
assert runs[1].contains('Building the project up to process-classes first, so that the modules of this build that'
    + ' depend on it see its current classes: no compiled classes')
def written = new File(basedir, "domain/${migrations}").listFiles().findAll { it.name.startsWith('M') }
assert written.size() == 1 && written[0].text.contains('create customers')

// 3: upgrade runs wherever the migrations are on the class path: the domain's database and the application's,
// which takes them from the domain module.
assert runs[2].contains(parentLine('upgrade', 'shop-domain and the modules that depend on it'))
assert runs[2].contains('domain/target/db/domain') && runs[2].contains('app/target/db/app')
assert (runs[2] =~ /Applied +\d+/).size() == 2
assert new File(basedir, 'domain/target/db/domain.mv.db').isFile()
assert new File(basedir, 'app/target/db/app.mv.db').isFile()

// 4: check compares the domain's entities with its migrations; status reports both databases. Nothing is built:
// the application module gets the other modules' classes as they are.
assert !runs[3].contains('Building the project up to process-classes first')
assert runs[3].contains('Nothing to do in shop-app: it has no migrations package, shop-domain has one. To run check'
    + ' here alone: mvn -pl :shop-app migrations:check.')
assert (runs[3] =~ /is at \d+/).size() == 2

// 5: the parent POM alone has nothing to work on: an error that says where to run the goal.
assert runs[4].contains('BUILD FAILURE')
assert runs[4].contains('shop-parent is a pom module: it has no sources or classes for status to work on. Run it in'
    + ' the module that holds the migrations: mvn -pl <module> migrations:status.')
return true
