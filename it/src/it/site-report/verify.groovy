// The site holds the migrations report as a page of its own, linked from Project Reports, and the report read
// the migrations the run compiled, without a database.
def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/site')

def page = new File(site, 'migrations-report/index.html')
assert page.isFile() : 'mvn site wrote no migrations-report/index.html'
def report = page.text
['<title>Library: schema migrations</title>', '<svg', '<section id="schema">', '<section id="history">', '<section id="migration-20261201100000">',
 '<section id="migration-20261202100000">', 'data-table="shelf"', 'data-table="volume"', 'data-table="loan"',
 '<li>DESTRUCTIVE: drop column volume.barcode</li>'].each {
  assert report.contains(it) : "the report lacks ${it}"
}
assert !report.contains('<script src') && !report.contains('<link') : 'the page needs nothing else'

def reports = new File(site, 'project-reports.html')
assert reports.isFile() : 'the site has no Project Reports page'
def summary = reports.text
assert summary.contains('href="migrations-report/index.html"') : 'Project Reports does not link to the report'
assert summary.contains('Schema migrations') && summary.contains('the revision graph')

// The site lifecycle compiles nothing: the report built the project first, then wrote its page.
assert log.contains('Building the project up to process-classes first, so that report sees the current classes')
assert log.contains('Wrote the migrations report (2 migrations) to ')
assert log.contains('Generating "Schema migrations" report')
// No database: neither named nor created.
assert !log.contains('[INFO] Database ')
assert !new File(basedir, 'target/migrations-db').exists()

assert !log.contains('[ERROR]') : 'the build log has errors'
assert !log.contains('Error generating') && !log.contains('LinkageError') && !log.contains('Skipping ClassCastException')
return true
