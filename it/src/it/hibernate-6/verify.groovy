def log = new File(basedir, 'build.log').text
// generate read the mapping with the project's Hibernate 6.6, not the plugin's own
assert log.contains("Read the mapping with the project's Hibernate 6.6.")
assert log.contains('Applied ')
assert log.contains('Tests run: 3, Failures: 0, Errors: 0')
return true
