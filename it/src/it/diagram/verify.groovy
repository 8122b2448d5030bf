// The pictures hold every table and foreign key of the schema they draw, the change is coloured and its
// destructive step named, and the two mistakes fail with one line each.
def log = new File(basedir, 'build.log').text
def diagrams = new File(basedir, 'target/diagrams')

// 1: Mermaid on standard output by default, the schema at the head
assert log.contains('title: "Schema at head (20261202100000)"\n---\nerDiagram\n')
['shelf {', 'volume {', 'loan {', 'numeric(10_2) price', 'volume }o--o| shelf : "fk_volume_shelf"',
 'loan }o--|| volume : "fk_loan_volume"'].each { assert log.contains(it) : "the printed diagram lacks ${it}" }

// 2 and 3: SVG, from the file name's extension or asked for, at the head and at the first revision
def tables = { file ->
  def svg = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(diagrams, file))
  def named = { tag, attribute ->
    def nodes = svg.getElementsByTagName(tag)
    (0..<nodes.length).collect { nodes.item(it).getAttribute(attribute) }.findAll { it }
  }
  [named('g', 'data-table'), named('path', 'data-fk')]
}
def (headTables, headKeys) = tables('head.svg')
assert headTables as Set == ['shelf', 'volume', 'loan'] as Set
assert headKeys as Set == ['fk_volume_shelf', 'fk_loan_volume'] as Set
def (firstTables, firstKeys) = tables('first.svg')
assert firstTables == ['shelf', 'volume'] && firstKeys == ['fk_volume_shelf']
assert new File(diagrams, 'first.svg').text.contains('barcode')
assert log.contains('Wrote the svg diagram to ')

// 4: the second migration's change in Mermaid, with its colours and the step that loses data
def change = new File(diagrams, 'change.mmd').text
assert change.contains('title: "Migration 20261202100000 (M20261202100000_AddLoans, \\"add loans\\")"')
assert change.contains('varchar(40) barcode "dropped; \u26a0 can lose data"')
assert change.contains('class loan added') && change.contains('class volume changed')
assert change.contains('%% DESTRUCTIVE: drop column volume.barcode')
assert !change.contains('shelf {') : 'the change holds the tables it touched, not shelf'

// 5: the same change as DOT
def dot = new File(diagrams, 'change.dot').text
assert dot.startsWith('digraph schema {') && dot.contains('<s>barcode</s>')
assert dot.contains('"loan":"out.volume_id":e -> "volume":"in.id":w')

// 6 and 7: one line naming the parameter, the cause and the way out
assert log.contains('migrations.revision: Unknown revision nope. Known revisions: 20261201100000, 20261202100000 (or head, base).')
assert log.contains("migrations.format 'png' is not a diagram format. Give one of mermaid, svg, dot.")
// 8: the report, one page that needs nothing else
def report = new File(basedir, 'target/migrations-report/index.html').text
['<section id="schema">', '<section id="history">', '<section id="migration-20261201100000">',
 '<section id="migration-20261202100000">', '<li>DESTRUCTIVE: drop column volume.barcode</li>'].each {
  assert report.contains(it) : "the report lacks ${it}"
}
assert !report.contains('<script src') && !report.contains('<link') && !report.contains('src=')
assert log.contains('Wrote the migrations report (2 migrations) to ')
// 9: with the database, the graph says which revision it applied and which is pending
def withDatabase = new File(basedir, 'target/migrations-report/with-database.html').text
assert withDatabase.contains('data-revision="20261201100000" data-state="applied"')
assert withDatabase.contains('data-revision="20261202100000" data-state="pending"')
assert withDatabase.contains('applied in green, pending dashed, failed in red')

assert !(log =~ /\n\s+at org\.jpamigrations\./) : 'no stack traces without -e'
return true
